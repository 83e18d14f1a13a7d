disp(extractBefore('key=value', '='))
disp(extractAfter('key=value', '='))
