s = orderfields(struct('c', 1, 'a', 2, 'b', 3));
f = fieldnames(s);
fprintf('%s', f{:}); fprintf('\n');
