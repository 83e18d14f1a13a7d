disp(mat2str(mat2gray([10 20 30 40]), 4));
disp(mat2str(mat2gray([1 5 9], [3 7])));
