s = sprintf('value: %d units');
disp(['[' s ']'])
disp(['[' sprintf('%s and %s', 'a') ']'])
