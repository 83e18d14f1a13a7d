a = int8([-200 -1.5 0.5 2.5 200])
b = uint8(-5)
c = int32(NaN)
