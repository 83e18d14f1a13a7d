for x = [1 5 10]
  if x < 3
    disp('small')
  elseif x < 8
    disp('medium')
  else
    disp('large')
  end
end
