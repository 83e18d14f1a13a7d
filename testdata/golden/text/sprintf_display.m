s = sprintf('%d apples', 3)
