transpose([1 2 3])
ctranspose([1+2i; 3-1i])
