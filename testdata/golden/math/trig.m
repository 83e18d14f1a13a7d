fprintf('%.4f ', sin(pi/6), cos(0), tan(pi/4), asin(1), acos(0), atan(1))
fprintf('\n')
fprintf('%.4f ', sinh(1), cosh(1), tanh(1), atan2(1,-1), hypot(5,12))
fprintf('\n')
