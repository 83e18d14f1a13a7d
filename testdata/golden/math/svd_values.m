s = svd([3 0;0 4]);
fprintf('%.4f\n', s)
size(svd(ones(3,2)))
