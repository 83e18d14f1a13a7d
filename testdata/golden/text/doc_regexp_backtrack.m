% Examples of MATLAB's "Regular Expressions" and "Tokens in Regular
% Expressions" documentation that need backreferences, lookaround,
% atomic groups and conditionals.
poe = ['While I nodded, nearly napping, ' ...
       'suddenly there came a tapping,'];
[mat,tok,ext] = regexp(poe, '(\S)\1', 'match', ...
               'tokens', 'tokenExtents');
mat
firstToken = tok{1}
extents = cat(1, ext{:})
hstr = '<!comment><a name="752507"></a><b>Default</b>';
expr = '<(\w+).*?>.*?</\1>';
[mat,tok] = regexp(hstr, expr, 'match', 'tokens');
mat
secondToken = tok{2}
str = '<title>Some text</title>';
names = regexp(str, '<(?<tag>\w+).*>.*</\k<tag>>', 'names')
terms = regexp('Flying, not falling.', '\w*(?=ing)', 'match')
follows = regexp('renew, reuse, recycle', '(?<=re)\w*', 'match')
single = regexp('1 22 333 4 5', '(?<!\d)(\d)(?!\d)', 'match')
consonants = regexp('regular expression', '(?=[a-z])[^aeiou]', 'match');
disp([consonants{:}])
atomic = regexp('AtoZ', 'A(?>.*)Z', 'match')
plain = regexp('AtoZ', 'A(?:.*)Z', 'match')
text = 'Mrs. Smith and her dog; Mr. Smith and his cat';
polite = regexp(text, 'Mr(s?)\..*?(?(1)her|his) \w*', 'match')
word = regexp('mississippi', '\w*(\w)\1\w', 'match')
startIndex = regexp('mississippi', '\w?(\w)\1\w')
newStr = regexprep('hello  big   world', '(\s)\1+', '$1')
