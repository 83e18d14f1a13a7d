fprintf('[%*d]\n', 6, 42);
fprintf('[%.*f]\n', 3, pi);
fprintf('[%-*d]\n', 4, 7);
