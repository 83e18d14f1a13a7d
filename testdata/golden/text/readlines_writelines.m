f = [tempname '.txt'];
writelines(["one"; "two"], f);
L = readlines(f);
fprintf('%s;', L); fprintf('\n');
disp(size(L))
delete(f);
