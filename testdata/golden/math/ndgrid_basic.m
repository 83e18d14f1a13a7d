[A,B] = ndgrid(1:2,5:7)
