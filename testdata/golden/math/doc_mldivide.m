% The examples of MATLAB's mldivide reference page.
A = magic(3);
B = [15; 15; 15];
x = A\B
A = magic(4);
b = [34; 34; 34; 34];
x = A\b
A = [1 2 0; 0 4 3];
b = [8; 18];
x = A\b
