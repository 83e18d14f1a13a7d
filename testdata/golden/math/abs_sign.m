abs([-1.5 2 -3])
sign([-2 0 5])
abs(int8(-128))
abs(3+4i)
