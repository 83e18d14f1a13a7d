m = regexp('ab12cd345', '\d+', 'match');
fprintf('%s\n', m{:});
