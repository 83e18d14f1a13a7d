[N,edges] = histcounts([2 3 5 7 11 13 17 19 23 29],6)
N2 = histcounts([1 2 2 3 5],[0 2 4 6])
