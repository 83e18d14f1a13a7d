disp(int2str(2.7))
disp(int2str([1.2 3.5]))
