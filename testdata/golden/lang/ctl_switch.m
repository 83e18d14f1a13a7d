for v = {1, 2, 'abc', 'zzz'}
  x = v{1};
  switch x
    case 1
      disp('one')
    case {2, 3}
      disp('two or three')
    case 'abc'
      disp('text abc')
    otherwise
      disp('other')
  end
end
