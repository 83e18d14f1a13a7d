max([1 5 3],[4 2 6])
min([1 NaN 3],2)
max(int8([1 -5]),int8(0))
