% weekday of date text, date numbers and datetime arrays, short and long
% day names; day(t, kind) for the day of the week and its name.
D = '21-Dec-2012';
[DayNumber,DayName] = weekday(D)
D = [734999;735015];
DayForm = 'long';
[DayNumber,DayName] = weekday(D,DayForm)
D = 728647;
[DayNumber,DayName] = weekday(D,DayForm,'en_US')
[DayNumber,DayName] = weekday(datenum('Dec.21.2012','mmm.dd.yyyy'))
t = datetime(2024,1,[1 6 7]);
n = weekday(t)
w = day(t,'dayofweek')
s = day(t,'name')
s = day(t,'shortname')
