% Multiples of 90 degrees are exact (counterclockwise, as rot90).
A = [1 2 3; 4 5 6];
disp(mat2str(imrotate(A, 90)))
disp(mat2str(imrotate(A, -90)))
disp(mat2str(imrotate(A, 180)))
disp(isequal(imrotate(uint8(magic(4)), 450), rot90(uint8(magic(4)))))
% 'crop' keeps the size: a non-square image rotates its centred square
% block in place and the rest is zero.
disp(mat2str(imrotate(A, 90, 'crop')))
disp(mat2str(imrotate(reshape(1:24, 4, 6), 90, 'crop')))
% Other angles: 'crop' keeps the input size; the class is kept.
B = imrotate(uint8(magic(5)), 30, 'bilinear', 'crop');
fprintf('%s %s\n', class(B), mat2str(size(B)))
