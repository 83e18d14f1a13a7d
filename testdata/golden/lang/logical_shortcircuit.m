x = [];
if isempty(x) || x(1) > 0
  disp('short-circuit ok')
end
a = 0;
b = a ~= 0 && 1 / a > 1
