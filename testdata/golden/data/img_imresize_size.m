A = zeros(10, 20, 3, 'uint8');
disp(mat2str(size(imresize(A, 0.5))));
disp(mat2str(size(imresize(A, [NaN 5]))));
disp(mat2str(size(imresize(A, [4 NaN]))));
disp(mat2str(size(imresize(A, [7 9]))));
disp(class(imresize(A, 2)));
