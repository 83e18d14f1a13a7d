fprintf('%.4f\n', exp(1), log(10), log10(1000), log2(8), log1p(0), expm1(0))
