s = 'hello'
e = ''
m = ['abc'; 'def']
