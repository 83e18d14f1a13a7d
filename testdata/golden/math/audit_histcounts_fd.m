% histcounts 'fd': the Freedman-Diaconis bin width 2*IQR(x)*numel(x)^(-1/3),
% with the IQR at least a tenth of the data range, rounded to a nice width.
% The quartiles interpolate the sorted data placed at ((1:n)-0.5)/n.
x = [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97];
[N,edges] = histcounts(x,'BinMethod','fd')
% Here the IQR (1.925) is below a tenth of the range, which sets the width.
x = [0.5 1.2 1.3 1.4 1.9 2.2 2.8 3.1 3.3 9.7 25.4];
[N,edges] = histcounts(x,'BinMethod','fd')
N = histcounts(x,'BinMethod','fd','BinLimits',[0 10])
