A = 0.25 * ones(6, 6);
B = imresize(A, [4 3]);
fprintf('%.12f\n', max(abs(B(:) - 0.25)));
C = imresize(uint8(200 * ones(5, 7)), 0.6);
disp(mat2str(unique(C)));
