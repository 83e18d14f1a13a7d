% readmatrix: header detection, empty fields, NumHeaderLines, Delimiter, Range
writelines(["x,y,z"; "1,2,3"; "4,,6"; "7,8,9"], 'io2_h.csv');
A = readmatrix('io2_h.csv')
B = readmatrix('io2_h.csv', 'NumHeaderLines', 2)
C = readmatrix('io2_h.csv', 'Range', 'A2:B3')
D = readmatrix('io2_h.csv', 'Range', 'B3')
E = readmatrix('io2_h.csv', 'Range', '3:4')
F = readmatrix('io2_h.csv', 'Range', [2 2 3 3])
writelines(["1;2;3"; "4;5;6"], 'io2_s.txt');
G = readmatrix('io2_s.txt', 'Delimiter', ';')
writelines(["a b c"; "1 2 3"; "4 5 6"], 'io2_w.txt');
H = readmatrix('io2_w.txt')
delete io2_h.csv io2_s.txt io2_w.txt
