% Element assignment into datetime and duration arrays: values, date text
% (read in the array's format), 'NaT', growth (NaT or 0 fill) and deletion.
t = NaT(2,3,'Format','dd/MM/yyyy');
t(1,2) = datetime(2025,7,13)
t(2,1) = '14/07/2025'
t = datetime(2024,1,1:3);
t(2) = datetime(2025,5,5)
t(end+1) = NaT
t(6) = datetime(2020,1,1)
t(1:2) = []
t(1) = '2021-03-07'
t(4) = 'NaT'
d = hours(1:3);
d(1) = hours(5)
d(2) = []
d(5) = minutes(30)
d(end+1) = '01:30:00'
try
    t(1) = 5;
catch err
    disp(err.message)
end
