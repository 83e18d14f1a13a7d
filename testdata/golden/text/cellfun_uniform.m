x = cellfun(@numel, {'ab', [1 2 3], {}});
disp(x)
