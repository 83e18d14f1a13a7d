disp(addsome(1))
disp(addsome(1, 5))
function r = addsome(a, b)
if nargin < 2
  b = 100;
end
r = a + b;
end
