z = 3 + 4i
w = z'
abs(z)
sqrt(-4)
