A = ones(2,3,4);
sz = size(A)
[m,n] = size(A)
size(A,3)
size(A,[1 3])
[a,b,c,d] = size(A)
