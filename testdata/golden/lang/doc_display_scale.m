% Common scale factors, integer limits and wrapped columns as MATLAB's
% Command Window shows them.
[225323.23 523.23]
[3.2376 9.2534e-7]
x = 1:10;
y = x .^ x
format long
y(9:10)
aic = [729.801270237259 3821.000045518490]
format shortEng
y(7:10)
format longEng
y(8:10)
format
x = 0:0.1:1
