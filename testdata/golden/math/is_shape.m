fprintf('%d', isempty([]), isscalar(1), isvector(1:3), ismatrix(ones(2,2,2)), isrow(1:3), iscolumn(1:3), issquare(eye(2)))
fprintf('\n')
