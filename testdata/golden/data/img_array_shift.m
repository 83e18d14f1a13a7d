disp(mat2str(circshift(1:5, -1)));
disp(mat2str(circshift([1 2; 3 4; 5 6], 1)));
disp(mat2str(size(permute(zeros(2, 3, 4), [2 3 1]))));
disp(mat2str(size(squeeze(ones(1, 1, 4)))));
