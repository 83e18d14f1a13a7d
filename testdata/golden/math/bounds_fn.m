[lo,hi] = bounds([4 -1 7 3])
