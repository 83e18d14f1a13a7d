function [s, p] = funcs_end(a, b)
% Main function with nested and local functions, all end-terminated.
  s = helper(a) + b;
  p = inner();
  function r = inner()
    r = s * 2;
  end
end

function r = helper(x)
  persistent count
  if isempty(count), count = 0; end
  count = count + 1;
  r = x .^ 2;
end
