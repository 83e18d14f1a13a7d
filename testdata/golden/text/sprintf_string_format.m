s = sprintf("%d-%d", 1, 2);
disp(class(s))
disp(s)
