% datetime from text with 'InputFormat' (and 'Format' for the display).
t = datetime('240331','InputFormat','yyMMdd')
t = datetime('240331','InputFormat','yyMMdd','Format','dd MMMM yyyy')
DateStrings = {'2014-05-26';'2014-08-03'};
t = datetime(DateStrings,'InputFormat','yyyy-MM-dd')
t = datetime('03/04/2021 05:06:07 PM','InputFormat','MM/dd/yyyy hh:mm:ss a')
t = datetime('Wednesday, 9 April 2014 21:41','InputFormat','eeee, d MMMM yyyy HH:mm')
try
    datetime('2014-13-01','InputFormat','yyyy-MM-dd')
catch err
    disp(err.message)
end
