% datestr's numbered formats (see the formatOut table) for a morning time,
% free-form formats, and etime(t1, t0) = t1 - t0 in seconds.
t = datenum(2000,9,7,9,38,9);
for k = [0:13 15 17:31]
    fprintf('%2d: %s\n', k, datestr(t, k));
end
datestr(t,'yyyy-mm-dd HH:MM:SS.FFF')
datestr(t,'dddd mmmm dd')
datestr([2000 9 7 0 0 0])
e = etime([2020 1 1 0 1 1.5],[2020 1 1 0 0 0])
