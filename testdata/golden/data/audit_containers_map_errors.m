% containers.Map errors: a missing key, a key or value of the wrong type.
M = containers.Map({'Jan','Feb'}, [327.2 368.2]);
try
    M('Mar')
catch err
    disp(err.identifier)
    disp(err.message)
end
try
    M(1)
catch err
    disp(err.identifier)
    disp(err.message)
end
try
    M('Mar') = 'rainy';
catch err
    disp(err.identifier)
    disp(err.message)
end
N = containers.Map('KeyType','double','ValueType','any');
try
    N('one') = 1;
catch err
    disp(err.identifier)
    disp(err.message)
end
try
    values(M, {'Jan','Dec'})
catch err
    disp(err.identifier)
    disp(err.message)
end
M.Count
S = containers.Map();
S('k') = struct('x', 1);
try
    S('k').x = 3;
catch err
    disp(err.message)
end
