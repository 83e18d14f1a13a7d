a = zeros(0, 3)
b = cell(0, 2)
c = struct([])
d = ""
f = zeros(1, 0)
