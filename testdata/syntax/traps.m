% Lexing traps, one per line where possible.
% 注释：中文注释也可以。
a = [1 2 3]';
b = a';                      % transpose after identifier
c = [a' 'xy'];               % transpose, then a string after whitespace
d = [a' b'];                 % two transposes
e = {'it''s', "say ""hi"""};  % doubled quotes
f = [1 -2];                  % two elements
g = [1 - 2];                 % one element
h = [1 -2 + 3];              % [1, 1]
k = [1 ++ 1];                % [1 1]
m = [a (1)];                 % two elements
n = [1, 2
     3, 4];                  % newline separates rows
p = [1 2 ...  continuation comment
     3];
q = x(end) + x{end-1}(end).y(end);
s.end = 1; s.if = 2;
t = 0x1F + 0b101u16 + 1e-3 + .5 + 1. + 3i + 2.5j;
u = 1./a + 1.^2 - a.';
v = -2^2 + 2^-1 - 2^-2^2;
w = a.^b' * c';
%{
block comment
  %{
  nested block
  %}
%}
x = 1; %{ not a block comment
y = @(v) v.^2 + 1;
z = @(varargin) numel(varargin{:});
format long
hold on
disp hello world
notavar ==1
x == 1
warning off all
[r1, ~, r3] = deal(1, 2, 3);
[r4 r5] = size(a);
a(:) = [];
