A = [1 2 3; 4 5 6];
disp(mat2str(fliplr(A)));
disp(mat2str(flipud(A)));
disp(mat2str(flip(A, 2)));
disp(mat2str(rot90(A)));
disp(mat2str(rot90(A, 3)));
