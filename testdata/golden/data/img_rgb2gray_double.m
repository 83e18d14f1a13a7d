g = rgb2gray(cat(3, 1, 1, 1));
fprintf('%.15f\n', g);
m = rgb2gray([1 0 0; 0 1 0]);
fprintf('%.6f %.6f %.6f\n', m');
