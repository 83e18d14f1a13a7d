x = im2single(uint8([0 255]));
fprintf('%s %g %g\n', class(x), x(1), x(2));
