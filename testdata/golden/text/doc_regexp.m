str = 'bat cat can car coat court CUT ct CAT-scan';
expression = 'c[aeiou]+t';
startIndex = regexp(str,expression)
str = {'Madrid, Spain','Romeo and Juliet','MATLAB is great'};
capExpr = '[A-Z]';
spaceExpr = '\s';
capStartIndex = regexp(str,capExpr);
spaceStartIndex = regexp(str,spaceExpr);
disp(capStartIndex{1}), disp(capStartIndex{2}), disp(capStartIndex{3})
disp(spaceStartIndex{1}), disp(spaceStartIndex{2}), disp(spaceStartIndex{3})
