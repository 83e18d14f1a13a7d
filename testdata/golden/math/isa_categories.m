fprintf('%d', isa(1,'numeric'), isa(int8(1),'integer'), isa(single(1),'float'), isa(true,'numeric'), isa('a','char'))
fprintf('\n')
