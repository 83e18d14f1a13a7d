error('Value %d is bad: %s', 3, 'x')
