m = rgb2gray([1 0 0; 0 1 0; 0 0 1]);
fprintf('%.6f %.6f %.6f\n', m');
