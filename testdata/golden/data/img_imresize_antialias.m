A = repmat([0 1; 1 0], 4, 4);
B = imresize(A, 0.5, 'bilinear');
disp(mat2str(B(2:3, 2:3)));
C = imresize(A, 0.5, 'nearest');
disp(mat2str(C));
