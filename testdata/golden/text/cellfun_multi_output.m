[mx, ix] = cellfun(@max, {[1 5 2], [7 3]});
disp(mx)
disp(ix)
