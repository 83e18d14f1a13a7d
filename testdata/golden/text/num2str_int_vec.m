disp(num2str([1 2 3]))
disp(['[' num2str(7) ']'])
disp(num2str(true))
