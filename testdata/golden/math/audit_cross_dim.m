% cross along the first dimension of length 3, or along a given one.
A = [1 2 3; 4 5 6; 7 8 9];
C = cross(A, eye(3))
C = cross(A, eye(3), 2)
C = cross([1 2 3; 4 5 6], [7 8 9; 1 2 3], 2)
C = cross([1 0 0], [0 1 0])
try
    cross([1 2 3; 4 5 6], [1 2 3; 4 5 6], 1)
catch err
    disp(err.message)
end
