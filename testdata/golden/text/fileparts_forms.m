[p, n, e] = fileparts('/usr/local/lib/file.tar.gz');
fprintf('%s|%s|%s\n', p, n, e);
[p, n, e] = fileparts('readme');
disp(['[' p '|' n '|' e ']'])
fprintf('%s|%s|%s\n', p, n, e);
fprintf('\n');
