c = categorical([10 2 2 33]);
C = categories(c);
fprintf('%s ', C{:}); fprintf('\n');
disp(mat2str(double(c)));
