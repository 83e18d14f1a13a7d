% datenum of text with a datestr format and of component arrays; datestr's
% 12-hour formats 14 and 16 pad a one-digit hour with a space.
n = datenum('19-May-2001','dd-mmm-yyyy')
n = datenum(2024,3,[29 30 31])
t = datenum(2000,9,7,9,38,9);
s14 = datestr(t, 14)
s16 = datestr(t + 0.5, 16)
