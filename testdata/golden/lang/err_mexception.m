try
  error('pkg:sub:bad', 'Value %d is out of range', 12);
catch ME
  class(ME)
  ME.identifier
  ME.message
end
ME2 = MException('a:b', 'made %s', 'here');
ME2.message
try
  throw(ME2)
catch e
  disp(e.identifier)
end
try
  try
    error('inner:id', 'inner');
  catch e1
    rethrow(e1)
  end
catch e2
  disp(e2.message)
end
disp(lasterr)
