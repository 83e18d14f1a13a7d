% save and load variables through a MAT-file in the temporary folder
f = [tempname '.mat'];
a = magic(3);
b = 'text';
c = {int8(-5), 'two'};
s.x = 1;
s.y = [true false];
save(f, 'a', 'b', 'c', 's');
clear a b c s
load(f);
disp(a)
disp(b)
disp(class(c{1}))
fprintf('%d\n', c{1})
disp(class(s.y))
S = load(f, 'b');
disp(fieldnames(S))
delete(f)
