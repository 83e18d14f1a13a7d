% containers.Map in everyday idioms: counting words, looping over keys,
% cellfun over keys, numeric and typed keys, vertical concatenation, and
% handle semantics (copies, struct fields and cells refer to one Map).
words = {'the','cat','sat','on','the','mat','the','end'};
counts = containers.Map('KeyType','char','ValueType','double');
for i = 1:numel(words)
    w = words{i};
    if isKey(counts, w)
        counts(w) = counts(w) + 1;
    else
        counts(w) = 1;
    end
end
counts
for k = keys(counts)
    fprintf('%s: %d\n', k{1}, counts(k{1}));
end
n = cellfun(@(k) counts(k), keys(counts))
v = values(counts, {'the','cat'})
isKey(counts, {'cat'; 'dog'})
S = containers.Map([3 1 2], {'three','one','two'});
keys(S)
S(2)
S.KeyType
S.ValueType
I = containers.Map('ValueType','any','KeyType','int32');
I(7) = [1 2 3];
I(2) = 'two';
k = keys(I);
class(k{1})
I(7)
A = containers.Map({'a','b'}, {1, 2});
B = containers.Map({'b','c'}, {20, 30});
C = [A; B];
keys(C)
values(C)
A2 = A;
A2('z') = 26;
A.Count
A == A2
s.map = A;
s.map('y') = 25;
c = {A};
c{1}('x') = 24;
keys(A)
class(A)
isa(A, 'containers.Map')
isa(A, 'handle')
isobject(A)
mixed = containers.Map({'Li','Jones'}, {[5.8 7.35], 'C:\Tests\Jones.dat'})
mixed('Li')
U = containers.Map({'a','b'}, {1, 2}, 'UniformValues', false);
U.ValueType
E = containers.Map;
length(E)
keys(E)
