disp(strjoin({'a','b','c'}, '-'))
disp(strjoin({'x','y'}))
disp(strjoin({'1','2','3'}, {' + ', ' = '}))
