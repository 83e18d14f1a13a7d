% str2double reads i or j as the imaginary unit, with or without a real part.
x = str2double('2i')
x = str2double('1+2i')
x = str2double({'Inf', '-inf'; 'NaN', '--1'})
x = str2double(12)
