% save doc example: save structure fields as individual variables
s1.a = 12.7;
s1.b = {'abc', [4 5; 6 7]};
s1.c = 'Hello!';
save('newstruct.mat', '-struct', 's1');
S = load('newstruct.mat');
disp(fieldnames(S))
S.b
% selected fields only
save('newstruct.mat', '-struct', 's1', 'a', 'c');
S = load('newstruct.mat')
delete('newstruct.mat')
