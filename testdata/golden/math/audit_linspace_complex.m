% linspace with complex end points spaces both parts; end points are exact.
y = linspace(1+2i, 10+10i, 3);
re = real(y)
im = imag(y)
y = linspace(-5,5,7)
y = linspace(3,3,3)
