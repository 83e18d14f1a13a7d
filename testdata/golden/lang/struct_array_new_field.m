% Assigning a new field through one element of a struct array adds the
% field to every element.
s = struct('a', {1, 2});
s(2).b = 'x';
s(1)
s(2)
r(1).name = 'first';
r(1).score = 10;
r(2).name = 'second';
r(2)
