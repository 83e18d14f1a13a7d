% save -ascii writes numbers with 8 significant digits; load reads them back
f = [tempname '.txt'];
x = [1 -2.5; 300 0.125];
save(f, 'x', '-ascii');
fprintf('%s', fileread(f));
y = load(f);
disp(isequal(x, y))
delete(f)
