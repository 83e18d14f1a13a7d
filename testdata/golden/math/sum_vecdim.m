A = reshape(1:8,2,2,2);
sum(A,[1 2])
sum(A,3)
