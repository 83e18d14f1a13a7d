c = strsplit('  hello   world ');
disp(numel(c))
fprintf('[%s]', c{:}); fprintf('\n');
