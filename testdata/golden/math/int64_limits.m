% The limits of the 64-bit integer classes print as MATLAB prints them,
% also after saturating arithmetic.
a = intmax('int64')
b = intmax('uint64')
c = intmin('int64')
d = int64(2^62) * 4
fprintf('%d %u\n', a, b);
disp(num2str(a))
disp(mat2str([b 7], 'class'))
disp(int2str(c))
