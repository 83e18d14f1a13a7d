% Cell display examples from MATLAB's "Access Data in Cell Array", celldisp,
% cellfun and cell2struct reference pages and a MATLAB Answers capture (the
% function handle cell), in Command Window form.
C = {'one', 'two', 'three';
     1, 2, 3}
upperLeft = C(1:2,1:2)
C(1,1:3) = {'first','second','third'}
numericCells = C(2,1:3)
numericVector = cell2mat(numericCells)
C = {'row1',[1 2 3],3+4i;
     'row2',[2 4;1 3],{'innercells',42}}
C = {1:10, [2; 4; 6], []}
T(1,:) = {"highs",[44,38,46,43,48]};
T(2,:) = {"lows",[35,31,32,28,35]}
temps = T(:,2)
f = {@(x,y)x, @(x,y)x.^2+y.^2; @(x,y)x-y, @(x,y)y+2.0}
disp(T)
format compact
upperLeft
format loose
