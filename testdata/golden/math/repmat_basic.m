repmat([1 2;3 4],1,2)
repmat(7,2)
size(repmat([1 2],[2 2 2]))
