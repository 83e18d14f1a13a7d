s.name = 'net';
s.size = [3 4];
s.inner.a = 1;
s.inner.b = {1, 2};
s.list = {'a', 'b'};
s.flag = true;
s.h = @(x) x + 1;
s
