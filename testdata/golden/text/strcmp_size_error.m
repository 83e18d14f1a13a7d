tf = strcmp({'a','b'}, {'a','b','c'})
