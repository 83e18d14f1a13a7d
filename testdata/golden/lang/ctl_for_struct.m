s = struct('v', {1, 2, 3});
total = 0;
for e = s
  total = total + e.v;
end
total
for m = magic(3)
  disp(m')
end
