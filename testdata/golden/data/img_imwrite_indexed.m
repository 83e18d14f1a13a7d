f = [tempname '.png'];
X = uint8([0 1 2; 2 1 0]);
map = [0 0 0; 1 0 0; 0 0 1];
imwrite(X, map, f);
[Y, m] = imread(f);
fprintf('%d %d\n', isequal(X, Y), isequal(m, map));
delete(f);
