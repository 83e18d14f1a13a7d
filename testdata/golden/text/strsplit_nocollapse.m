c = strsplit('a,b,,c', ',', 'CollapseDelimiters', false);
fprintf('[%s]', c{:}); fprintf('\n');
