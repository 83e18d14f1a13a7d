rgb = uint8(cat(3, [255 0 0], [0 255 0], [0 0 255]));
g = rgb2gray(rgb);
fprintf('%s %s\n', class(g), mat2str(g));
