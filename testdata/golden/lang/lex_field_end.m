s.end = 5;
s.end
t.x = [1 2 3];
t.x(end)
