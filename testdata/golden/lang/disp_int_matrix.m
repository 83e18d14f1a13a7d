a = int16([100 -5; 7 12000])
b = uint8([1 2 3]')
c = int32(zeros(0, 3))
