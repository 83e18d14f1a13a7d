x = sscanf('3 4 5', '%d');
disp(x')
disp(sscanf('pi=3.5', 'pi=%f'))
