% Examples in the manner of the lu reference page.
A = [1 2 3; 4 5 6; 7 8 0];
[L,U] = lu(A)
[L,U,P] = lu(A)
[L,U,p] = lu(A,'vector')
[L,U,P] = lu([1 2; 3 4; 5 6])
