fprintf('%d %d %d\n', numel(ones(3,4)), length(ones(3,4)), ndims(ones(2,2,3)))
fprintf('%d\n', length([]))
