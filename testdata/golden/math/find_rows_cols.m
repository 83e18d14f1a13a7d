[r,c] = find([0 1;1 1])
[r,c,v] = find([0 7;8 0]);
v
