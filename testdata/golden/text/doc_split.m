names = ["Mary Butler";
         "Santiago Marquez";
         "Diana Lee"];
names = split(names)
names = names(:,[2 1]);
names(:,1) = names(:,1) + ',';
names = join(names)
str = ["a b c", "d e f"];
p = split(str);
disp(size(p))
p = split("a,b,c", ",", 2)
[p, m] = split('1;2;3', ';')
c = split({'x y'; 'z w'})
