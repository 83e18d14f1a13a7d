% datetime from numeric components, date vectors and 'ConvertFrom'
% numbers; setting date parts and Format; NaT elements and isnat.
Y = [2014;2013;2012];
M = 01;
D = [31;30;31];
t = datetime(Y,M,D)
t = datetime(Y,M,D,'Format','eeee, MMMM d, y')
X = [39558, 39600; 39700, 39800];
t = datetime(X,'ConvertFrom','excel')
t = datetime(730990,'ConvertFrom','datenum')
t = datetime(1e9,'ConvertFrom','posixtime')
t = datetime([2012 1 1; 2013 2 2])
t = datetime(2014,6,28,6:7,0,0)
t.Day = 27:28
t.Format = 'MMM dd, yyyy'
d = datetime(2014,[1 2 NaN 4],1)
isnat(d)
t = NaT(2,3,'Format','dd/MM/yyyy')
