format long
x = pi
format short
x = pi
disp hello
format compact
y = 2
format loose
