fprintf('%d ', strfind('abcabc', 'bc')); fprintf('\n');
disp(isempty(strfind('abc', 'z')))
c = strfind({'ab', 'bb'}, 'b');
fprintf('%d ', c{2}); fprintf('\n');
