% Examples from the dot reference page.
A = [4 -1 2];
B = [2 -2 -1];
C = dot(A,B)
A = [1+1i 1-1i -1+1i -1-1i];
B = [3-4i 6-2i 1+2i 4+3i];
C = dot(A,B)
A = [1 2 3;4 5 6;7 8 9];
B = [9 8 7;6 5 4;3 2 1];
C = dot(A,B)
C = dot(A,B,2)
