% mode's third output: every value of the highest frequency, sorted.
A = [3 3 1 4; 0 0 1 1; 0 1 2 4];
[M,F,C] = mode(A)
C{2}
[m,f,c] = mode([1 2 2 3 3])
c{1}
