% a comment
x = 1; % trailing comment
%{
this is a block comment
x = 100;
%}
y = x + ...  continuation comment
    2
s = 'not % a comment'
% 中文注释 is fine
t = '中文'
