t = regexp('a=1, b=2', '(\w)=(\d)', 'tokens');
fprintf('%s->%s\n', t{1}{:}, t{2}{:});
