% save -struct stores fields as variables; -append adds to the file
f = [tempname '.mat'];
opts.alpha = 0.5;
opts.name = 'run1';
save(f, '-struct', 'opts');
count = 3;
save(f, 'count', '-append');
S = load(f);
disp(sort(fieldnames(S)))
disp(S.alpha)
disp(S.count)
delete(f)
