[a, b, c] = multi(3);
disp([a b c])
x = multi(1)
n = countout()
[p, q] = countout()
function varargout = multi(n)
for k = 1:nargout
  varargout{k} = k * n;
end
if nargout == 0
  varargout{1} = n;
end
end
function varargout = countout()
for k = 1:max(nargout, 1)
  varargout{k} = nargout;
end
end
