T = table([1; 2; 3], 'VariableNames', {'A'});
T.B = T.A * 10;
T.A(2) = 20;
T(3, :) = [];
disp(mat2str(table2array(T)));
