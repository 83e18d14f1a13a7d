% sort's ComparisonMethod and MissingPlacement options, as MATLAB's sort
% reference page describes them.
% Complex values sort by abs and then by angle in (-pi,pi] ('auto'), or
% by real part and then by imaginary part ('real').
A = [1+2i 3+1i 1i 0 -1i];
B = sort(A,'descend')
B = sort(A,'ComparisonMethod','real')
[B,I] = sort(A,'ComparisonMethod','real','descend')
% 'abs' applies to real values too: equal magnitudes order by angle, so a
% positive value comes before its negative when ascending.
B = sort([3 -1 1 -3],'ComparisonMethod','abs')
B = sort([3 -1 1 -3],'descend','ComparisonMethod','abs')
% Missing values go last ascending and first descending ('auto'), or where
% MissingPlacement puts them, in their original order.
A = [3 NaN 1 NaN 2];
[B,I] = sort(A,'MissingPlacement','first')
[B,I] = sort(A,'descend','MissingPlacement','last')
B = sort(A,'descend','MissingPlacement','auto')
B = sort([3 NaN 1; NaN 2 5],2,'MissingPlacement','first')
