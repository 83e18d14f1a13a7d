a = int8(100) + int8(100)
b = uint8(3) - 5
c = int8(-7) / 2
d = int32(7) / int32(2)
e = int16([1 2 3]) * 2.6
