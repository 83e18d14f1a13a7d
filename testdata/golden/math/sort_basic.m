sort([3 1 2])
[s,i] = sort([3 1 2],'descend')
sort([3 1;2 4],2)
sort([2 NaN 1])
