sqrt([4 -9])
log(-1)
