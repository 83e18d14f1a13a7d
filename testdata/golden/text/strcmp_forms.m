fprintf('%d\n', strcmp('a', 'a'));
fprintf('%d\n', strcmp('a', 'ab'));
fprintf('%d ', strcmp({'a','b'}, 'a')); fprintf('\n');
fprintf('%d\n', strcmpi('ABC', 'abc'));
fprintf('%d\n', strcmp(1, 1));
