[n, b] = histc([1 2 2 3 5], 1:5)
c = histc([0.5 1 1.5 2 9], [1 2])
s = strings(2, 3)
e = strings(0)
