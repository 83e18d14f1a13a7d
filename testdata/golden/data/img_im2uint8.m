disp(mat2str(im2uint8([0 0.25 0.5 1 1.5 -0.2])));
disp(mat2str(im2uint8(uint16([0 257 65535]))));
disp(class(im2uint8(single(0.5))));
