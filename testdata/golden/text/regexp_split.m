p = regexp('a1b2c', '\d', 'split');
fprintf('[%s]', p{:}); fprintf('\n');
