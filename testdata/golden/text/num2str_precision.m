disp(num2str(pi, 8))
disp(num2str(123.456, 2))
