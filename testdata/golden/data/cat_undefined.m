c = categorical({'x', '', 'y'});
disp(mat2str(isundefined(c)));
disp(mat2str(double(c)));
s = cellstr(c);
disp(s{2});
