c = strsplit('a,b,,c', ',', 'CollapseDelimiters', false);
for k = 1:numel(c)
    fprintf('[%s]', c{k});
end
fprintf('\n');
fprintf('[%s]', c{:}); fprintf('\n');
