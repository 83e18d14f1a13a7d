B = imresize([1 2; 3 4], [3 4], 'nearest');
disp(mat2str(B));
