s = string(42);
disp(s)
disp(class(s))
