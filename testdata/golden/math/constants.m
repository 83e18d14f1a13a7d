fprintf('%.15g\n', pi, eps, realmax, realmin, flintmax)
fprintf('%g\n', eps('single'), flintmax('single'))
