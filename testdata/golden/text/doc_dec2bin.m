D = 23;
binStr = dec2bin(D)
binStr = dec2bin(D,8)
binStr = dec2bin(D,1)
D = [1023 122 14];
binStr = dec2bin(D)
binStr = dec2bin(12.5)
