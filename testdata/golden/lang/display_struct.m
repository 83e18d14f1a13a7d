s.a = 1;
s.abc = [1 2 3];
s.name = 'x';
s
t(2).k = 5;
t
