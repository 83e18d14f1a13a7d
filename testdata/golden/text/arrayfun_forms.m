disp(arrayfun(@(x) x^2, 1:4))
c = arrayfun(@(n) 1:n, 1:3, 'UniformOutput', false);
disp(numel(c{3}))
