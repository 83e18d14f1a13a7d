% Examples of MATLAB's orderfields reference page.
S1 = struct('b',1,'c',2,'a',3)
S = orderfields(S1)
S2 = struct('b',10,'a',20,'c',30);
S = orderfields(S1,S2)
C = {'c','a','b'};
S = orderfields(S1,C)
P = [3 2 1];
S = orderfields(S1,P)
[S,Pout] = orderfields(S1)
