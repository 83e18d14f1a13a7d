r = outer(2);
function y = outer(x)
y = inner(x);
end
function y = inner(x)
error('demo:fail', 'inner failed with %d', x);
end
