disp(datestr(738000))
disp(datestr(738000.5))
disp(datestr(738000, 'yyyy-mm-dd'))
disp(datestr(738000.25, 'HH:MM PM'))
