disp(cellfun('isempty', {[], 'x', {}}))
disp(cellfun('length', {[1 2 3], 'ab'}))
