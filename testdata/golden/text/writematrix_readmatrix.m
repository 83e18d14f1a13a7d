f = [tempname '.csv'];
writematrix([1.5 2; 3 4], f);
disp(fileread(f))
M = readmatrix(f);
disp(M)
delete(f);
