[C,ia,ic] = unique([3 1 2 3 1])
unique([5 5 1],'stable')
