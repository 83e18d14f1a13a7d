disp(['[' strtrim(sprintf(' \t a b \n')) ']'])
disp(['[' deblank('ab  ') ']'])
disp(['[' strip('xxaxx', 'x') ']'])
disp(['[' strip('  a  ', 'right') ']'])
