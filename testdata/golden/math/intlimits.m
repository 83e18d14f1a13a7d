a = intmax
b = intmin('int8')
c = intmax('uint16')
