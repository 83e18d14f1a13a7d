f = [tempname '.png'];
A = uint8(reshape(0:3:69, 2, 4, 3));
imwrite(A, f);
B = imread(f);
fprintf('%s %s %d\n', class(B), mat2str(size(B)), isequal(A, B));
info = imfinfo(f);
fprintf('%s %d %d %d %s\n', info.Format, info.Width, info.Height, info.BitDepth, info.ColorType);
delete(f);
