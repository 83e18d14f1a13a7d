s = compose('%d-%s', 5, "a");
disp(s)
