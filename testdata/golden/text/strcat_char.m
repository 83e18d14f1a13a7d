disp(['[' strcat('a ', 'b ', ' c') ']'])
disp(strcat('file', '.txt'))
