c = strcat({'x', 'y'}, '_1');
disp(c{1})
disp(c{2})
