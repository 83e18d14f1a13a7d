format compact
x = 3
c = {1, 2}
s.a = 1
format loose
