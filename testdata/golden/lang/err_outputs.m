[a, b] = f(1);
function r = f(a)
r = a;
end
