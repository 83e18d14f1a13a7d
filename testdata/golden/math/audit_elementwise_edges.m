% Edge cases of element-wise math (MATLAB documentation; Octave agrees
% unless noted).
% Negative base with a non-integer power is complex (principal root).
(-8)^(1/3)
[-8 8].^(1/3)
% Out-of-domain reals give complex results.
sqrt(-4)
log(-1)
log10(-100)
acosh(0.5)
% asin/acos of real |x| > 1 are odd-symmetric about the cut as in MATLAB:
% asin(2) = 1.5708 - 1.3170i (Octave agrees).
[asin(2) asin(-2)]
[acos(2) acos(-2)]
% atanh(-2) = -0.5493 - 1.5708i in MATLAB (Octave differs in sign).
[atanh(2) atanh(-2)]
% Integer arithmetic saturates and rounds half away from zero.
int8(100) + int8(100)
int8(-100) - int8(100)
int8(-7) / int8(2)
int32(7) .* 2.5
int16(-5) * 0.5
uint8(3) - uint8(5)
-int8(-128)
try
    int8(1) + int16(1)
catch err
    disp(err.message)
end
% idivide rounding options (default 'fix').
idivide(int32([-7 7]), int32(2))
idivide(int32([-7 7]), int32(2), 'round')
idivide(int32([-7 7]), int32(2), 'floor')
idivide(int32([-7 7]), int32(2), 'ceil')
% The idivide documentation's scalar-double example.
A = 2.0; B = int32([-3 3 4]);
[idivide(A,B); idivide(A,B,'floor'); idivide(A,B,'ceil'); idivide(A,B,'round')]
% mod keeps the divisor's sign, rem the dividend's; mod(x,0) = x,
% rem(x,0) = NaN.
mod([-7 7], 3)
mod([-7 7], -3)
rem([-7 7], 3)
[mod(5,0) mod(-5,0) rem(5,0) mod(Inf,3)]
mod(5, Inf)
% round: ties away from zero, digits and significant digits.
round([-2.5 -0.5 0.5 2.5])
round(pi, 2)
round(1234.5, -2)
round(-1234.567, 2, 'significant')
% Special functions.
factorial([170 171])
[gamma(0) gamma(-1) gamma(-2)]
nchoosek(60, 30)
% Signed zeros in atan2; hypot with Inf beats NaN.
[atan2(0,-1) atan2(-0,-1) atan2(0,-0) atan2(-0,0)]
[hypot(Inf,NaN) hypot(NaN,-Inf) hypot(NaN,1)]
sign([3+4i 0 -2i])
