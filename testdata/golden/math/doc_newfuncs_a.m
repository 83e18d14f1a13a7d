% Examples from the reference pages of diag, tril, triu, sub2ind, ind2sub,
% sind, tand, nthroot, cummax, cummin and cumtrapz.
v = [2 1 -1 -2 -5];
D = diag(v)
D1 = diag(v,1)
A = [9 3 10 8 7 8; 10 6 5 10 8 1; 2 10 9 7 8 3; 10 10 2 1 4 1; 7 2 5 9 7 1; 1 10 10 10 2 9];
x = diag(A)
x1 = diag(A,-1)
A1 = diag(diag(A))
A = ones(4);
B = tril(A)
C = tril(A,-1)
B = triu(A,-1)
row = [1 2 3 1];
col = [2 2 2 3];
ind = sub2ind([3 3],row,col)
ind = sub2ind([2 2 2],[1 2 1 2],[2 2 1 1],[1 1 2 2])
[row,col] = ind2sub([3 3],[3 4 5 6])
[I1,I2,I3] = ind2sub([2 2 2],[3 4 5 6])
sind(180)
y = sind([90+i 15+2i 10+3i])
tand(90)
y = tand([180+i 15+2i 10+3i])
nthroot(-27,3)
Y = nthroot(-8,[5 3 -1])
Y = nthroot([4 -3 -5],[1; -1; 3])
Y = nthroot([-2 -2 -2; 4 -3 -5],[1 -1 3; 1/2 5 3])
M = cummax([9 10 2 10 7 1 3 6 10 10])
A = [3 5 2; 1 6 3; 7 8 1];
M = cummax(A)
M = cummax(A,2)
A = cat(3,[1 2; 3 4],[9 10; 11 12],[5 6; 7 8]);
M = cummax(A,3,"reverse")
A = [3 5 NaN 4; 2 6 2 9; 1 3 0 NaN];
M = cummax(A,"includenan")
M = cummin(A)
Q = cumtrapz([1 4 9 16 25])
X = 0:pi/5:pi;
Y = sin(X');
Q = cumtrapz(X,Y)
X = [1 2.5 7 10];
Y = [5.2 7.7 9.6 13.2; 4.8 7.0 10.5 14.5; 4.9 6.5 10.2 13.8];
Q1 = cumtrapz(X,Y,2)
