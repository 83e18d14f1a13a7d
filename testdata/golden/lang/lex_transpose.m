a = [1 2 3];
b = [a' a']
c = a';
d = c'
e = {'x' 'y'}
f = [a', a']
g = a'*a
s = ['ab' 'cd']
