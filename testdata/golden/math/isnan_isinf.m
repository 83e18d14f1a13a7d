x = [1 NaN Inf -Inf];
isnan(x)
isinf(x)
isfinite(x)
