s = 0;
for i = 1:10
  s = s + i;
end
s
for c = [1 2; 3 4]
  c
end
for k = {1, 'a'}
  k
end
for e = []
  disp('never')
end
