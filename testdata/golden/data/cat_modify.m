c = categorical({'a'; 'b'; 'a'});
c(2) = 'z';
c(end+1) = 'a';
s = cellstr(c);
fprintf('%s ', s{:});
fprintf('\n');
C = categories(c);
fprintf('%s ', C{:});
fprintf('\n');
