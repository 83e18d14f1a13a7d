R = chol([4 2;2 3])
