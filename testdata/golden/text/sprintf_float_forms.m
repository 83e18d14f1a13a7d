fprintf('%e\n', 12345.678);
fprintf('%g %g %g\n', 0.0001, 1e6, 123456789);
fprintf('%.3g\n', pi);
fprintf('%0.5f\n', 1/eps);
