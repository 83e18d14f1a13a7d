% Examples from the eig reference page: eigenvalues of the Lehmer matrix
% gallery("lehmer",4), as a column and with outputForm "matrix".
A = [1 1/2 1/3 1/4; 1/2 1 2/3 1/2; 1/3 2/3 1 3/4; 1/4 1/2 3/4 1];
e = eig(A)
D = eig(A,"matrix")
[V,D] = eig(A,"vector");
D
% Generalized problem with symmetric A and positive definite B ('chol'):
% MATLAB returns the B-normalised, here upper triangular, eigenvectors.
A = zeros(3); B = [1 0.1 0.1; 0.1 2 0.1; 0.1 0.1 3];
[V,D] = eig(A,B)
