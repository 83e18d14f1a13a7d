t = tic;
e = toc(t);
disp(e >= 0)
