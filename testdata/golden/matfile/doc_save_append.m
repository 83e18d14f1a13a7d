% save doc examples: append a variable to a MAT-file, and to a version 6
% MAT-file; a variable already in the file is replaced
p = [1 2 3];
q = ones(2);
save('test.mat', 'p', 'q');
a = 50;
save('test.mat', 'a', '-append');
p = 'new';
save test.mat p -append
S = load('test.mat');
disp(sort(fieldnames(S)))
disp(S.a)
disp(S.p)
x = 1:10;
save('fileV6.mat', 'x', '-v6');
y = 20:30;
save('fileV6.mat', 'y', '-append', '-v6');
clear
load('fileV6.mat')
x
y
delete test.mat fileV6.mat
