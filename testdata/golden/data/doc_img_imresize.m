% MATLAB outputs for a 4-by-4 ramp (0:15 by rows), shrunk by half.
M = reshape(0:15, 4, 4).';
imresize(M, 0.5, 'bilinear', 'Antialiasing', true)
imresize(M, 0.5, 'bilinear', 'Antialiasing', false)
imresize(M, 0.5, 'bicubic', 'Antialiasing', false)
% Default bicubic enlargement: Keys kernel (a = -0.5) with mirrored edges.
disp(mat2str(imresize([1 2; 3 4], 2)))
% Shrinking with antialiasing widens the cubic kernel to 8 pixels.
disp(mat2str(imresize(reshape(0:15, 4, 4), 0.5)))
% Nearest neighbour and box.
disp(mat2str(imresize([1 2 3; 4 5 6], [4 6], 'nearest')))
disp(mat2str(imresize(1:6, [1 3], 'box')))
% uint8 rounds and saturates; logical resizes as 0/255 and thresholds at 128.
disp(mat2str(imresize(uint8([0 255; 255 0]), 2)))
disp(mat2str(imresize([true false; false true], [2 4], 'bilinear')))
% Output size: ceil(scale*size); a NaN keeps the aspect ratio.
disp(mat2str(size(imresize(zeros(5, 7), 0.3))))
disp(mat2str(size(imresize(zeros(10, 20, 3), [NaN 7]))))
disp(mat2str(size(imresize(zeros(10, 20), 'Scale', [0.5 2]))))
% Unique prefixes name methods.
disp(isequal(imresize(magic(4), 0.5, 'bil'), imresize(magic(4), 0.5, 'bilinear')))
