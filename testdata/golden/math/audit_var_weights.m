% Weighted variance and standard deviation, with the weighted mean.
[v,m] = var([1 2 3 4], [1 1 1 2])
s = std([1 2; 3 5], [1 3], 2)
