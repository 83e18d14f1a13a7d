z = 3 + 2*i
w = j*j
