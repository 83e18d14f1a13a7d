% table and array2table name variables after the workspace variables passed
% to them (MATLAB's inputname); other inputs get Var<N>, repeats get _1.
LastName = {'Sanchez';'Johnson';'Li'};
Age = [38;43;38];
Height = [71;69;64];
T = table(LastName, Age, Height)
T2 = table(Age, [1;2;3], Age, Height(1:3))
T.Properties.VariableNames
A = [1 4 7; 2 5 8; 3 6 9];
T3 = array2table(A)
T4 = array2table(magic(2))
