% randn's documentation examples, which run from the default stream.
rng default
r = randn(5)
mu = [1 2];
sigma = [1 0.5; 0.5 2];
R = chol(sigma);
rng default
z = repmat(mu,10,1) + randn(10,2)*R
rng default
s = rng;
r = randn(1,5)
rng(s);
r1 = randn(1,5)
% Draw 52 of the default stream passes the wedge test of the narrowest strip.
rng default
x = randn(1,60);
x(50:54)
format long
rng(0)
randn
