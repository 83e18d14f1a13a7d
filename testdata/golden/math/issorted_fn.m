issorted([1 2 2 5])
issorted([3 1 2])
issorted([3 2 1],'descend')
