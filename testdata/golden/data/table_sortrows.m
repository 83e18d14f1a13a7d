T = table({'b'; 'a'; 'c'}, [2; 1; 3], 'VariableNames', {'Name', 'N'});
S = sortrows(T, 'Name');
disp(strjoin(S.Name', ','));
[S, i] = sortrows(T, 'N', 'descend');
disp(mat2str(i'));
