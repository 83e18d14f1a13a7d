C = textscan('x 1 y 2', '%s %f');
disp(C{1}{2})
disp(C{2}')
