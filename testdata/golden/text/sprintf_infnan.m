fprintf('%d %d %d\n', Inf, -Inf, NaN);
fprintf('[%6.2f]\n', Inf);
