% imcrop(I, [xmin ymin width height]) keeps rows round(ymin):round(ymin+height)
% and columns round(xmin):round(xmin+width): integral corners give
% width+1 columns and height+1 rows.
I = reshape(1:36, 6, 6);
[J, rect] = imcrop(I, [2 3 2 1])
% The doc's example: rect [20 20 40 30] gives a 31-by-41 image.
disp(size(imcrop(zeros(100), [20 20 40 30])))
% Fractional rectangles round their edges; RGB images keep their planes.
disp(mat2str(imcrop(I, [0.6 0.4 1.2 0.9])))
disp(size(imcrop(zeros(8, 8, 3, 'uint8'), [2 2 3 3])))
% Rectangles are clipped to the image; one wholly outside gives [].
disp(mat2str(imcrop(I, [5 5 10 10])))
K = imcrop(I, [10 10 2 2])
% Indexed images: imcrop(X, map, rect).
disp(mat2str(imcrop(uint8(magic(4)), rand(16, 3), [2 2 1 1])))
