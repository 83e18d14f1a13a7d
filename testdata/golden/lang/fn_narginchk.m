try
  needtwo(1)
catch e
  disp(e.message)
end
function needtwo(a, b)
narginchk(2, 2);
end
