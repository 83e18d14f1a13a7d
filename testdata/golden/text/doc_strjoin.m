C = {'one','two','three'};
str = strjoin(C)
C = {'Newton','Gauss','Euclid','Lagrange'};
str = strjoin(C,', ')
C = {'one','two','three'};
str = strjoin(C,{' + ',' = '})
