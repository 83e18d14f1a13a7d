fprintf('%s=%d\n', 'x', 5);
fprintf('%d ', 'ab'); fprintf('\n');
fprintf('%c', 'hi'); fprintf('\n');
fprintf('%s\n', 'abc', 'de');
