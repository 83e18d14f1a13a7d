function out = funcs_noend(varargin)
% Functions without end.
out = numel(varargin);
if out > 2
  out = twice(out);
end

function y = twice(x)
y = 2 * x;

function [a, b] = pair(~, z)
a = z; b = -z;
