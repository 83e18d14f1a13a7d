T = table([1; 2]);
T(1)
