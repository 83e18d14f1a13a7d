x = [pi; exp(1); 100]
format long
pi
format shortE
x
format longE
pi
format shortG
x
format longG
pi
format short
y = [1 1000.5]
z = [1e-5 1]
format
