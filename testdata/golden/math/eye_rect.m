eye(2,3)
