A = [3 1;1 2;2 0;1 1];
sortrows(A)
sortrows(A,-2)
[B,i] = sortrows(A,[1 -2]);
i'
