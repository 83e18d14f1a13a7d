s = struct('a',1,'b',2);
isfield(s,'a')
isfield(s,{'b','c','a'})
