s.name = 'x'; s.val = 3;
c = struct2cell(s)
t = cell2struct({1;'b'},{'p';'q'},1)
