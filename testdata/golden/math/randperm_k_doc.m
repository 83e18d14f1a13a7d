% randperm(n,k) as MATLAB's documentation shows it: the randperm page
% (rng default; two draws of randperm(8,4)) and the RandStream randperm
% page (seed 0; randperm(6), then randperm(10,3) from the same stream).
rng default
r1 = randperm(8,4)
r2 = randperm(8,4)
rng(0)
p = randperm(6)
q = randperm(10,3)
