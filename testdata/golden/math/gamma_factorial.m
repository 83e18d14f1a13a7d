gamma([1 5 0.5])
factorial([0 1 5 10])
