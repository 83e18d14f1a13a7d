s = num2str(pi)
s = num2str(eps)
A = [0.5377 -2.2588; 1.8339 0.8622];
s = num2str(A,3)
formatSpec = '%.2f';
s = num2str(pi,formatSpec)
