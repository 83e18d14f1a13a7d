c = strsplit('  hello   world ');
disp(numel(c))
disp(isempty(c{1}))
disp(c{2})
