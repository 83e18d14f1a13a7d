% compose: a character format gives a cell array of character vectors;
% operators left without data stay in the text unchanged.
s = compose('%d and %d', [1 2; 3 4])
s = compose("%d-%d-%d", [1 2; 3 4])
