% Floating point: x*255 clipped to [0,255], rounded half up; NaN gives 0.
disp(mat2str(im2uint8([0 0.5 1 1.2 -0.1 NaN 0.998])))
disp(mat2str(im2uint8(single([0.2 0.5]))))
% uint16 and int16 divide by 257 (int16 offset by 32768 first).
disp(mat2str(im2uint8(uint16([0 128 129 385 65535]))))
disp(mat2str(im2uint8(int16([-32768 0 32767]))))
% logical: true becomes 255.
disp(mat2str(im2uint8([true false])))
% Indexed images: one-based double indices become zero-based uint8.
disp(mat2str(im2uint8([1 2 256], 'indexed')))
disp(mat2str(im2uint8(uint16([0 7 255]), 'indexed')))
% im2double and im2single: one-based indices from integer indexed images.
disp(mat2str(im2double(uint8([0 1 254]), 'indexed')))
x = im2single(uint16([0 9]), 'indexed');
fprintf('%s %s\n', class(x), mat2str(x))
% The im2double doc example.
I = reshape(uint8(linspace(1, 255, 25)), [5 5]);
disp(mat2str(im2double(I), 4))
