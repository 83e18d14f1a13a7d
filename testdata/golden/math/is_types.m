fprintf('%d', isnumeric(1), isfloat(int8(1)), isinteger(int8(1)), islogical(1), ischar("a"), isstring("a"), iscell({1}), isstruct(struct('a',1)), isreal(2i), iscellstr({'a'}))
fprintf('\n')
