[tf,loc] = ismember([1 5 2],[2 1 0])
ismember({'a','q'},{'a','b'})
