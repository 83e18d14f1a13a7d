a = 1e-3
b = .5
c = 3i
d = 0x1F
class(d)
e = 1.5e3
f = 0b101
