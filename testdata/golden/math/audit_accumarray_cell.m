% accumarray with a function returning cells groups the values.
subs = [1; 2; 1; 3];
vals = [10; 20; 30; 40];
A = accumarray(subs, vals, [], @(x) {x});
size(A)
A{1}
A{3}
B = accumarray([1; 3], [5; 6], [], @(x) {x});
isempty(B{2})
