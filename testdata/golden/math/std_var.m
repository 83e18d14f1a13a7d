x = [2 4 4 4 5 5 7 9];
std(x)
std(x,1)
var(x)
var([1 2;3 5])
