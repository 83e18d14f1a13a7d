a = cast(3.7,'int8')
b = typecast(single(1),'uint32')
c = typecast(uint8([0 0 128 63]),'single');
disp(class(c))
disp(c)
