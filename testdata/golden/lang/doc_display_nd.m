% The "Multidimensional Arrays" page's examples, then pages that each take
% their own common scale factor, as MATLAB prints them.
A = [1 2 3; 4 5 6; 7 8 9]
A(:,:,2) = [10 11 12; 13 14 15; 16 17 18]
B = cat(3,A,[3 2 1; 0 9 8; 5 3 7]);
B(:,:,4) = 0
val = zeros(2,2,3);
val(:,:,1) = [29827.3 0; 0 38874.2];
val(:,:,2) = [3310.4 0; 0 146480.7];
val(:,:,3) = [3567.5 0; 0 8613.3];
val
c = [1.5 2.5];
c(:,:,2) = [1 2]
