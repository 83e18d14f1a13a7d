f = [tempname '.jpg'];
imwrite(uint8(100 * ones(16, 16, 3)), f, 'Quality', 90);
B = imread(f);
fprintf('%s %s %d\n', class(B), mat2str(size(B)), all(abs(double(B(:)) - 100) <= 1));
info = imfinfo(f);
disp(info.Format);
delete(f);
