disp(fullfile('a', 'b', 'c.txt'))
disp(fullfile('a/', '/b/'))
c = fullfile('dir', {'x.m', 'y.m'});
disp(c{2})
