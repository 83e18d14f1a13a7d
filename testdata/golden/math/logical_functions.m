and([1 0 1],[1 1 0])
or([1 0 0],[0 0 1])
xor(true,[true false])
not(0)
