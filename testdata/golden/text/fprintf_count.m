n = fprintf('abc\n');
disp(n)
