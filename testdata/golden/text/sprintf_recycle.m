fprintf('%d, %d\n', [1 2 3]);
fprintf('\n');
fprintf('%d %d\n', [1 2; 3 4]);
