% struct2table, cell2table and table2struct, with the struct2table
% documentation's patients example.
S.Name = {'CLARK';'BROWN';'MARTIN'};
S.Gender = {'M';'F';'M'};
S.SystolicBP = [124;122;130];
S.DiastolicBP = [93;80;92];
T = struct2table(S)
s(1).a = 1; s(1).b = 'x'; s(2).a = 2; s(2).b = 'yy';
T2 = struct2table(s)
C = {1,'Fred';2,'Ann'};
T3 = cell2table(C)
T4 = cell2table(C, 'VariableNames', {'Id','Name'});
r = table2struct(T4);
r(2)
q = table2struct(T4, 'ToScalar', true)
