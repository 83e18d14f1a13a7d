% Indexing, concatenation, comparison, diff and date parts of datetimes.
t = datetime(2020,1,1:3)
t(2)
u = [t(3) t(1)]
v = [t(1); t(2)];
size(v)
t > datetime(2020,1,2)
t == '2020-01-02'
dt = diff([t datetime(2020,1,10)])
dt(end) >= days(7)
year(t), month(t), day(t)
