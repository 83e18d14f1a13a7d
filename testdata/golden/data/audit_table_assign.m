% Table indexing and assignment: t(rows,vars) with names, logical masks
% and ':', t{...}, appending rows with a cell array, head and tail.
T = table({'a';'b'}, [1;2], categorical({'x';'y'}), 'VariableNames', {'N','V','C'});
T(end+1, :) = {'c', 3, 'x'}
T(1, 'N') = {'zz'};
T{2, 'V'} = 20;
T(T.V > 2, {'N','V'})
T{:, 'V'}'
T.Properties.VariableNames{2} = 'Value';
T.Properties.VariableNames
U = table((1:10)', 'VariableNames', {'K'});
size(head(U))
tail(U, 2)
