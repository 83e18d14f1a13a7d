m = regexpi('ABC abc', 'abc', 'match');
disp(numel(m))
