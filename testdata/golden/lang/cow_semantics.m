a = [1 2 3];
b = a;
b(1) = 100;
a
b
c = {a};
c{1}(2) = -1;
a
c{1}
s.v = a;
t = s;
t.v(3) = 0;
s.v
t.v
