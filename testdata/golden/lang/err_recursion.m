r = down(1);
function r = down(n)
r = down(n + 1);
end
