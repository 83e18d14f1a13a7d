[p, n, e] = fileparts('/usr/local/lib/file.tar.gz');
fprintf('%s|%s|%s\n', p, n, e);
[p, n, e] = fileparts('readme');
fprintf('%s|%s|%s\n', p, n, e);
