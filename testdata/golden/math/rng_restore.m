rng(42);
s = rng;
a = rand(1,3);
rng(s);
b = rand(1,3);
disp(isequal(a,b))
disp(a == b)
fprintf('%s %d\n', s.Type, s.Seed)
disp(size(s.State))
