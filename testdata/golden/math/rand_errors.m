randi(0)
