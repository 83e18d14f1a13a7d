c = strsplit('a,b,,c', ',');
disp(numel(c))
fprintf('%s|', c{:}); fprintf('\n');
