x(end+1) = 5;
x(end+1) = 6
c = {};
c{end+1} = 'a';
c{end+1} = 'b'
s = struct('a', {});
s(end+1).a = 3;
numel(s)
q.list{3} = 1;
size(q.list)
a.b(2).c = 5;
a.b(2)
m = [];
m(2, 3) = 1
