chr = mat2str([3.85 2.91; 7.74 8.99])
chr = mat2str([3.1416 2.7183],3)
X = uint16([256 512]);
chr = mat2str(X,'class')
A = eval(chr);
disp(class(A))
