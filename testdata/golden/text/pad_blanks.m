disp(['[' pad('ab', 5) ']'])
disp(['[' pad('ab', 5, 'left') ']'])
disp(['[' blanks(3) ']'])
