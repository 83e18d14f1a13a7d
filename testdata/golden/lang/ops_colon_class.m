a = int8(1):int8(3)
class(a)
b = 'a':'e'
c = single(0):0.5:1
class(c)
