s = sum(int8([100 100 100]))
class(s)
sum(int8([100 100]),'double')
sum([true true true])
