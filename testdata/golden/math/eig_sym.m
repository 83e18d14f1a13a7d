e = eig([2 1;1 2]);
fprintf('%.4f\n', e)
