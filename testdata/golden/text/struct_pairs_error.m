s = struct('a', 1, 'b')
