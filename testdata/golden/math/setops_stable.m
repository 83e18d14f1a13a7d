setdiff([5 1 4 2],[4],'stable')
union([3 1],[2 1],'stable')
