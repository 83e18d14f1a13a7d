% Example from the orth reference page: basis for a full rank matrix.
A = [1 0 1;-1 -2 0; 0 1 -1];
r = rank(A)
Q = orth(A)
% A tolerance decides which singular values count as zero.
r = size(orth([1 1; 1 1.0001], 0.01), 2)
Z = null([1 1], 0.1)
