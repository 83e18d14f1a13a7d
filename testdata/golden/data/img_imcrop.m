I = reshape(1:36, 6, 6);
disp(mat2str(imcrop(I, [2 3 2 1])));
