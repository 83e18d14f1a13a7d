s = struct();
disp(isempty(fieldnames(s)))
t = struct([]);
disp(size(t))
u = struct('c', {{1, 2}});
disp(size(u.c))
