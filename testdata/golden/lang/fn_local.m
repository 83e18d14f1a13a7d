r = addone(41)
[q, w] = twoout(3)
disp(nargcount(1, 2, 3))
function y = addone(x)
y = x + 1;
end
function [a, b] = twoout(x)
a = x * 2;
b = x * 3;
end
function n = nargcount(varargin)
n = nargin;
end
