% QR with column pivoting: A*P = Q*R, the column of largest norm first.
A = [1 2; 3 4; 5 6];
[Q,R,P] = qr(A)
[Q,R,p] = qr(A,0)
norm(A(:,p) - Q*R) < 1e-12
