% duration arrays from hours, minutes and duration(H,MI,S[,MS]), their
% display formats, arithmetic and conversion back to numbers.
D = hours(1:3)
X = magic(4);
H = hours(X)
X = hours(2:10:38) + minutes(30)
H = hours(X)
M = minutes(X)
d = duration(1, 2, 3)
s = seconds(d)
m = minutes(d)
h = hours(d)
D = duration(12,45,30,1,'Format','hh:mm:ss.SSSS')
d = 2*minutes(45) - seconds(30)
r = hours(3) / minutes(45)
t = datetime(2024,1,1,8,0,0) + hours(1.5)
e = datetime(2024,3,1) - datetime(2024,2,28,12,0,0)
