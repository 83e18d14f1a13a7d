logical(NaN)
