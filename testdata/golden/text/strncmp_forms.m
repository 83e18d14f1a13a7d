fprintf('%d', strncmp('hello', 'help', 3), strncmpi('ABC', 'abd', 2));
fprintf('\n');
