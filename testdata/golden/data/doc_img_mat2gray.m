% mat2gray scales to [0,1] with delta = 1/(amax-amin): delta*A - amin*delta.
disp(mat2str(mat2gray([10 20 30 40]), 4))
% Limits clip values outside them.
disp(mat2str(mat2gray([1 5 9], [3 7])))
% A constant image keeps its values, clipped to [0,1].
disp(mat2str(mat2gray([5 5 5])))
disp(mat2str(mat2gray([0.25 0.25])))
% NaN is ignored by the default limits and clips to 1.
disp(mat2str(mat2gray([NaN 1 2 3])))
% Integer input gives double output.
x = mat2gray(uint8([0 51 255]));
fprintf('%s %s\n', class(x), mat2str(x))
