% datevec of date text (inferred or given formats, pivot years), date
% numbers and datetime arrays, as one matrix or separate outputs.
DateVector = datevec('24-Oct-2003 12:45:07')
DateString = {'09/16/2007';'05/14/1996';'11/29/2010'};
formatIn = 'mm/dd/yyyy';
DateVector = datevec(DateString,formatIn)
DateVector = datevec('03/24/61','mm/dd/yy',1900)
DateVector = datevec('03/24/61',1900)
[y,m,d] = datevec('2012-03-01')
V = datevec([738000 738000.75])
[Y,M,D,H,MN,S] = datevec(datetime(2024,2,29,10,20,30))
V = datevec([datetime(2024,1,1); NaT])
