% num2str and int2str layout rules (MATLAB's num2str/int2str sources):
% whole numbers use int2str's '%<w>.0f' with w = digits + 2 (no extra
% room for a sign), other values '%<p+7>.<p>g' per row, NaN/Inf count as
% three digits, and a format is applied element by element with columns
% right-justified.
s = num2str([1 -2 3])
s = num2str([10 -2 3])
s = num2str([1.5 -2.5])
s = num2str([1 NaN -Inf])
s = num2str(1e20)
s = num2str([1;10], '%d')
s = int2str([9.6 1])
s = int2str([2.5 -2.5])
s = num2str([pi; -100*exp(1)])
