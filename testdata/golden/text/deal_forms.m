[a, b, c] = deal(1, 'x', [2 3]);
disp(b)
[p, q] = deal(5);
disp(p + q)
