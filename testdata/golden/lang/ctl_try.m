try
  error('my:id', 'Something failed');
catch err
  disp(err.identifier)
  disp(err.message)
end
try
  x = [1 2 3];
  x(5)
catch err
  disp(err.message)
end
try
  undefined_function_xyz(1)
catch err
  disp(err.message)
end
