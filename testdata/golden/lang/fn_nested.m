function fn_nested
x = 1;
addx(5);
disp(x)
function addx(k)
x = x + k;
end
end
