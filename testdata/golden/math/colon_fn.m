colon(1,4)
colon(10,-3,1)
