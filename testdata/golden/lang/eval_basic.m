eval('x = 3;');
x
eval('y = x * 2')
z = eval('x + 10')
eval('error(''bad'')', 'disp(''caught'')')
