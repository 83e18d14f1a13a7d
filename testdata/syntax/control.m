for i = 1:3, disp(i), end
for (j = 10:-2:1)
  if j > 5, continue; end
  disp(j)
end
parfor k = 1:4
  out(k) = k^2;
end
n = 7;
while n ~= 1
  if mod(n, 2) == 0
    n = n / 2;
  elseif n == 3
    n = 1;
  else
    n = 3*n + 1;
  end
end
switch lower(name)
  case {'a', 'b'}
    x = 1;
  case 'c'
    x = 2;
  otherwise
    x = 0;
end
try
  error('my:id', 'boom %d', 1);
catch ME
  disp(ME.message);
end
try, x = 1; catch, x = 2; end
global G1 G2
if isempty(G1), G1 = 0; end
