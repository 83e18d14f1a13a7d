f = [tempname '.png'];
A = uint16([0 1000; 30000 65535]);
imwrite(A, f);
B = imread(f);
fprintf('%s %d\n', class(B), isequal(A, B));
delete(f);
