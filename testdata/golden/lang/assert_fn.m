% assert raises MATLAB's errors when its condition is false.
assert(true)
assert(3 > 2, 'not reached')
try
    assert(false)
catch err
    fprintf('%s | %s\n', err.identifier, err.message)
end
try
    assert(1 > 2, 'Check:order', 'Value %d is too small', 1)
catch err
    fprintf('%s | %s\n', err.identifier, err.message)
end
assert([true true])
