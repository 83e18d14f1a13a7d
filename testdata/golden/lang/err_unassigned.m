y = f(1);
function r = f(a)
if a > 5
  r = 1;
end
end
