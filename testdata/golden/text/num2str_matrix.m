x = num2str([1 2; 3 4]);
disp(x)
disp(size(x))
