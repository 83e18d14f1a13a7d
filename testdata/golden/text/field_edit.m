s = struct('a', 1, 'b', 2);
s = rmfield(s, 'a');
f = fieldnames(s);
disp(f{1})
s = setfield(s, 'c', 3);
disp(getfield(s, 'c'))
