% Relational comparisons of categorical arrays follow MATLAB's rules:
% only ordinal arrays, ordinal operands with the same categories, text
% that names a category; <undefined> compares false.
c = categorical({'lo' 'hi' 'mid' ''}, {'lo' 'mid' 'hi'}, 'Ordinal', true);
disp(c <= 'mid')
disp('hi' > c)
disp(c ~= "lo")
disp(c == {'lo' 'lo' 'mid' 'mid'})
p = categorical({'a' 'b'});
try
    p < 'b'
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
q = categorical({'lo' 'hi'}, {'hi' 'mid' 'lo'}, 'Ordinal', true);
try
    c(1:2) < q
catch err
    fprintf('%s\n', err.identifier);
end
try
    c == p(1:1)
catch err
    fprintf('%s\n', err.identifier);
end
