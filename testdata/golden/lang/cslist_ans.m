% An expression statement that yields a comma-separated list shows each
% value as ans in turn, and ans keeps the last.
c = {1, 'a'};
c{:}
s(1).f = 10;
s(2).f = 20;
s.f;
ans
