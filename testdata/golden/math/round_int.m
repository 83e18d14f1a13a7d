round(int16(7))
floor(int8(-3))
