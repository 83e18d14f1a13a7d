m = regexp('<a><b>', '<.*?>', 'match');
disp(numel(m))
disp(m{2})
