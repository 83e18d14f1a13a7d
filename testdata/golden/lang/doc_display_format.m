% Examples from MATLAB's "format" and "Display Format for Numeric Values"
% reference pages, in Command Window form.
x = 4/3
format long
x
pi
format shortEng
A = 5.123456789;
for k = 1:10
   disp(A)
   A = A*10;
end
format longEng
A = 5.123456789;
for k = 1:10
   disp(A)
   A = A*10;
end
format
