disp(sprintf('%d', 1.5))
disp(sprintf('%i|%x', 2.5, 10))
