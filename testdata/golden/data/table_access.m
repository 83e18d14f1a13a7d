T = table({'b'; 'a'; 'c'}, [2; 1; 3], 'VariableNames', {'Name', 'N'});
fprintf('%d %d\n', height(T), width(T));
disp(mat2str(T.N'));
disp(T.Name{3});
disp(mat2str(T{2:3, 'N'}));
U = T(1:2, :);
fprintf('%s %s\n', class(U), mat2str(size(U)));
disp(strjoin(T.Properties.VariableNames, ','));
