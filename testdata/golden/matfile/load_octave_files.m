% MAT-files written by GNU Octave (tools/matfixtures/make_octave_fixtures.m),
% version 6 and version 7 (compressed), load with the same values
S6 = load('octave_v6.mat');
S7 = load('octave_v7.mat');
disp(isequal(S6, S7))
f = fieldnames(S7);
fprintf('%s ', f{:});
fprintf('\n');
load octave_v7.mat
a
b
c
s
t
z
l
n
