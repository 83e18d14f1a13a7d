s(2).a = 0;
[s.a] = deal(7, 8);
disp([s.a])
c = cell(1, 3);
[c{:}] = deal(0);
disp(c)
[c{2:3}] = deal('x', 'y');
disp(c)
[p, ~, r] = deal(1, 2, 3)
