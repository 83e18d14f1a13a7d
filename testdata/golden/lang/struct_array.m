s = struct('name', {'ann', 'bob'}, 'age', {30, 40});
size(s)
s(2).name
ages = [s.age]
s(3).name = 'cy';
numel(s)
isempty(s(3).age)
