A = categorical(["red" "blue" "green" "blue" "red"], ["red" "green" "blue"]);
disp(mat2str(countcats(A)));
B = categorical([1 3; 2 1; 3 1], 1:3, ["red" "green" "blue"]);
disp(mat2str(countcats(B)));
disp(strjoin(cellstr(B(:))', ' '));
