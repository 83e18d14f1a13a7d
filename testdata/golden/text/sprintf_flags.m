fprintf('[%05d]\n', 42);
fprintf('[% d]\n', 42);
fprintf('[%-5d]\n', 42);
fprintf('[%#o]\n', 8);
fprintf('[%#x]\n', 255);
fprintf('[%X]\n', 255);
