% A tour of gomat: values, control flow, functions and display.
x = [3 1 4 1 5 9 2 6];
fprintf('sum = %d, mean = %.4f\n', sum(x), mean(x));
s = sort(x, 'descend')
names = {'alpha', 'beta', 'gamma'};
for k = 1:numel(names)
    fprintf('%d: %s has %d letters\n', k, names{k}, numel(names{k}));
end
p.name = 'gomat';
p.version = [0 1 0];
p
sq = @(v) v.^2;
y = sq(1:4)
fib = zeros(1, 10);
fib(1:2) = 1;
for k = 3:10
    fib(k) = fib(k-1) + fib(k-2);
end
disp(fib)
try
    undefined_thing + 1;
catch err
    fprintf('caught: %s\n', err.message);
end
r = collatz(27);
fprintf('collatz(27) takes %d steps\n', r);

function n = collatz(k)
n = 0;
while k ~= 1
    if mod(k, 2) == 0
        k = k / 2;
    else
        k = 3 * k + 1;
    end
    n = n + 1;
end
end
