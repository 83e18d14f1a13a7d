f(1, 2, 3);
function r = f(a)
r = a;
end
