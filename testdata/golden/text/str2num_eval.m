x = str2num('[1 2 3] * 2');
disp(x)
[y, ok] = str2num('1 +');
disp(ok)
