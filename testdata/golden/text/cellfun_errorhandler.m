x = cellfun(@(v) error('oops'), {1, 2}, 'ErrorHandler', @(s, v) -s.index);
disp(x)
