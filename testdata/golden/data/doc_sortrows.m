% Examples of MATLAB's sortrows reference page for tables.
LastName = {'Sweet';'Jacobson';'Wang';'Joiner';'Berger'};
Age = [38;43;38;40;49];
Height = [71;69;64;67;64];
Weight = [176;163;131;133;119];
BloodPressure = [124 93; 109 77; 125 83; 117 75; 122 80];
tblA = table(Age,Height,Weight,BloodPressure,'RowNames',LastName)
tblB = sortrows(tblA)
tblB = sortrows(tblA,'RowNames')
tblB = sortrows(tblA,{'Height','Weight'},{'ascend','descend'})
[tblB,index] = sortrows(tblA,'Weight','descend');
index
tblB = sortrows(tblA,[-2 3])
