c = cellfun(@(s) [s '!'], {'a', 'b'}, 'UniformOutput', false);
fprintf('%s\n', c{:});
