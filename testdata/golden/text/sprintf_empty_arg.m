disp(['[' sprintf('%d', []) ']'])
fprintf('x%sy\n', '');
