for s = {"apple", 'Banana', 'cherry'}
  switch lower(s{1})
    case {'apple', 'pear'}
      fprintf('%s is a pome\n', s{1});
    case "banana"
      fprintf('%s is a berry\n', s{1});
    otherwise
      fprintf('%s is something else\n', s{1});
  end
end
