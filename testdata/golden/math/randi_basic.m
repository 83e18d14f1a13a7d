rng(0)
r = randi(10,1,5)
rng(0)
r2 = randi([0 1],1,4)
