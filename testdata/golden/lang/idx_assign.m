a = [];
a(3) = 7
b = [1 2 3];
b(2) = []
m = zeros(2);
m(2, 2) = 5
c = {};
c{3} = 'x'
s = struct();
s.f = 1;
s.g.h = 2;
s.g.h
