disp(sprintf('%s', 65))
disp(sprintf('%s', 3.5))
disp(sprintf('%c%c', 72, 105))
