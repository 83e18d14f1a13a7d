fprintf('a\tb\n');
fprintf('100%%\n');
fprintf('back\\slash\n');
fprintf('\x41\101\n');
