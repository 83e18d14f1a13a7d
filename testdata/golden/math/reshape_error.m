reshape(1:6,4,[])
