f = fieldnames(struct('a', 1, 'b', 2));
fprintf('%s\n', f{:});
