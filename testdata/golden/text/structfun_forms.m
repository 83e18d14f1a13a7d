s = struct('a', 1, 'b', 2);
disp(structfun(@(x) x * 10, s))
