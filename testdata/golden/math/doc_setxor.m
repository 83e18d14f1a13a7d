% setxor: the examples of MATLAB's setxor reference page.
% Symmetric difference of two vectors, and the indices to the values.
A = [5 1 3 3 3]; B = [4 1 2];
C = setxor(A,B)
[C,ia,ib] = setxor(A,B)
% Symmetric difference of rows of two matrices.
A = [7 8 9; 7 7 1; 7 7 1; 1 2 3; 4 5 6]; B = [1 2 3; 4 5 6; 7 7 2];
[C,ia,ib] = setxor(A,B,'rows')
% In a specified order.
A = [5 1 3]; B = [4 1 2];
C = setxor(A,B,'sorted')
C = setxor(A,B,'stable')
% setxor treats NaN values as distinct.
A = [5 NaN NaN]; B = [5 NaN NaN];
C = setxor(A,B)
% Cell arrays of character vectors with trailing white space.
A = {'dog','cat','fish','horse'}; B = {'dog ','cat','fish ','horse'};
[C,ia,ib] = setxor(A,B)
% Char array and cell array of character vectors.
A = ['cat';'dog';'fox';'pig']; B = {'dog','cat','fish','horse'};
C = setxor(A,B)
% C is a row only when A and B are both rows.
C = setxor([1;2;3],[2 5])
