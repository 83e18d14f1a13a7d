A = [4 7;2 6];
inv(A)
det([2 0;0 3])
trace([1 2;3 4])
rank([1 2;2 4])
