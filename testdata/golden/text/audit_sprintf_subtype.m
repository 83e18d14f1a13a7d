% %bx and %tx print the IEEE bits of a double and of a single.
disp(sprintf('%bx', 1))
disp(sprintf('%bX', -2))
disp(sprintf('%tx', 1))
disp(sprintf('%bx', pi))
disp(sprintf('%tu', 1))
% an n$ identifier selects the data argument; the format is used once
disp(sprintf('%2$d-%1$d', 7, 8))
