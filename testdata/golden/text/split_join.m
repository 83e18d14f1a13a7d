p = split("a b c");
disp(size(p))
disp(join(["a" "b" "c"], "-"))
