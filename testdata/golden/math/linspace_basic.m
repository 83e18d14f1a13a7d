linspace(0,1,5)
linspace(10,0,3)
size(linspace(1,2))
