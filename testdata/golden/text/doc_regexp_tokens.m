% Tokens in Regular Expressions: only the highest level parentheses are
% used, so a group nested in another group is not a token.
str = 'andy ted bob jim andrew andy ted mark';
tok = regexp(str, 'and(y|rew)', 'tokens');
tok{2}
tok = regexp(str, '(and(y|rew))', 'tokens');
tok{2}
ext = regexp('andrew', '(and(y|rew))', 'tokenExtents', 'once')
% Token 1 of (and(y|rew)) is andrew, in replacement text too.
s = regexprep('andrew', '(and(y|rew))', '<$1>')
% Unmatched tokens: an empty character vector in the token's place.
chr = 'C:\WINNT\Profiles\bpascal\LOCALS~1\Temp\';
expr = ['([A-Z]:)\\(WINNT)\\([a-z]+)?.*\\' ...
        '([a-z]+)\\([A-Z]+~\d)\\(Temp)\\'];
tok = regexp(chr, expr, 'tokens');
tok{:}
% Doubled letters: the token is the first letter of each pair.
poe = ['While I nodded, nearly napping, ' ...
       'suddenly there came a tapping,'];
[mat,tok,ext] = regexp(poe, '(\S)\1', 'match', ...
               'tokens', 'tokenExtents');
mat
tok{:}
ext{:}
