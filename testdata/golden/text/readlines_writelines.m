f = [tempname '.txt'];
writelines(["one"; "two"], f);
L = readlines(f);
fprintf('%s;', L(1), L(2)); fprintf('\n');
disp(class(L))
delete(f);
