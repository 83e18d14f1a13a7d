% make_octave_fixtures.m writes the MAT-files that the golden test
% testdata/golden/matfile/load_octave_files.m loads: the same variables in
% a version 6 (uncompressed) and a version 7 (compressed) MAT-file, as GNU
% Octave writes them. Run it from the repository root:
%   octave-cli tools/matfixtures/make_octave_fixtures.m
a = magic(3);
b = int8([-1 2 127]);
c = {1, 'two'; [], {true}};
s.x = 1.5;
s.name = 'oct';
t = ['ab'; 'cd'];
z = [1+2i, 3-4i];
l = [true false];
n = reshape(1:8, 2, 2, 2);
d = 'testdata/golden/matfile/';
save('-v6', [d 'octave_v6.mat'], 'a', 'b', 'c', 's', 't', 'z', 'l', 'n');
save('-v7', [d 'octave_v7.mat'], 'a', 'b', 'c', 's', 't', 'z', 'l', 'n');
