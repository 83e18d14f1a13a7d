[s, e] = regexp('xaxbx', 'x');
fprintf('%d ', s); fprintf('\n');
fprintf('%d ', e); fprintf('\n');
