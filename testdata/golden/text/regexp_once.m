disp(regexp('abc123def', '\d+', 'match', 'once'))
t = regexp('k=v', '(\w)=(\w)', 'tokens', 'once');
disp(t{2})
