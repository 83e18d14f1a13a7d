% Examples from the histcounts reference page.
X = [2 3 5 7 11 13 17 19 23 29];
[N,edges] = histcounts(X,6)
X = primes(100);
[N,edges] = histcounts(X,'Normalization','probability')
[N,edges] = histcounts([1 2 2 3 5],'BinWidth',2)
[N,edges,bin] = histcounts([0.5 1.5 3.5 2.5],[0 2 4])
N = histcounts([1 2 2 3 5],[0 2 4 6],'Normalization','cdf')
N = histcounts([1 2 2 3 5],[0 2 4 6],'Normalization','cumcount')
N = histcounts([1 2 2 3 5],[0 2 4 6],'Normalization','countdensity')
N = histcounts([1 2 2 3 5],'BinLimits',[1 3],'NumBins',2)
