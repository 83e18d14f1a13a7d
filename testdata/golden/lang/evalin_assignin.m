v = 10;
setter();
v
function setter()
assignin('caller', 'v', 99);
w = evalin('base', 'v');
disp(w)
end
