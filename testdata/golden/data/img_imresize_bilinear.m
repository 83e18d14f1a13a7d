B = imresize([1 2; 3 4], 2, 'bilinear');
disp(mat2str(B));
