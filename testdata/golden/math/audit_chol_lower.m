% chol with the 'lower' triangle, and the [R,p] form that returns the
% factor of the leading positive definite block.
A = [4 12 -16; 12 37 -43; -16 -43 98];
R = chol(A)
L = chol(A,'lower')
isequal(L*L', A)
[R,p] = chol([1 2; 2 1])
[L,p] = chol([1 2 3; 2 5 1; 3 1 1],'lower')
[R,p] = chol([-1 2; 2 1])
% Only the named triangle is read.
L = chol([4 5; 2 2],'lower')
try
    chol([4 5; 2 2])
catch err
    disp(err.message)
end
