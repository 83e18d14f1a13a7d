f = @sin;
f(0)
g = @(x, y) x + y;
g(2, 3)
func2str(g)
h = str2func('cos');
h(0)
k = str2func('@(t) t * 2');
k(21)
m = feval(@max, [4 9 1])
n = feval('min', [4 9 1])
