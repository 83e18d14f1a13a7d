[X,Y] = meshgrid(1:3,10:10:20)
