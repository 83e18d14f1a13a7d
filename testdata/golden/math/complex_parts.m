z = [3+4i, -1-2i];
real(z)
imag(z)
conj(z)
angle(1i)
c = complex(1,0)
isreal(c)
