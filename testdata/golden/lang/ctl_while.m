n = 0;
while true
  n = n + 1;
  if n >= 3
    break
  end
end
n
k = 0;
total = 0;
while k < 10
  k = k + 1;
  if k == 5
    continue
  end
  total = total + k;
end
total
