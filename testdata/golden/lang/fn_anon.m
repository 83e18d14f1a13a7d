sq = @(x) x.^2;
sq(4)
k = 3;
addk = @(x) x + k;
k = 100;
addk(1)
compose = @(f, g) @(x) f(g(x));
h = compose(sq, addk);
h(2)
