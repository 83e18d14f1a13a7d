s = struct('name', {'x', 'y'}, 'v', 5);
disp(size(s))
fprintf('%s=%d\n', s(2).name, s(2).v);
