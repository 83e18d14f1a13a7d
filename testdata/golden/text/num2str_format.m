disp(num2str(pi, '%10.5f'))
disp(num2str([1 2 3], '%d,'))
