validateattributes(5,{'numeric'},{'positive','integer','scalar'})
disp('ok')
