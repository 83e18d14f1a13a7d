rng default
p = randperm(6)
