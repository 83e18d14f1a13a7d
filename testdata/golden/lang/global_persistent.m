global G
G = 5;
show();
disp(counter())
disp(counter())
disp(counter())
function show()
global G
disp(G)
end
function n = counter()
persistent k
if isempty(k)
  k = 0;
end
k = k + 1;
n = k;
end
