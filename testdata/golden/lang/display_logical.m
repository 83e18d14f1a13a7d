t = true
f = 3 > 4
v = [1 2 3] > 2
