% Example from the gcd reference page: Bezout coefficients.
A = [-5 17; 10 0];
B = [-15 3; 100 0];
[G,U,V] = gcd(A,B)
A.*U + B.*V
