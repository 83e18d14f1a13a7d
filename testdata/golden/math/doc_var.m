% Examples from the var reference page.
A = [4 -7 3; 1 4 -2; 10 7 9];
var(A)
A = [5 -4 6; 2 3 9; -1 1 2];
w = [0.5 0.25 0.25];
var(A,w)
A = [4 -2 1; 9 5 7];
var(A,0,1)
var(A,0,2)
