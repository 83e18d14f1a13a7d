% Examples of MATLAB's cellfun reference page, in command-window format.
C = {1:10, [2; 4; 6], []}
A = cellfun(@mean,C)
[nrows,ncols] = cellfun(@size,C)
days = {'Monday','Tuesday','Wednesday','Thursday','Friday'};
abbrev = cellfun(@(x) x(1:3),days,'UniformOutput',false)
% Legacy function names.
E = cellfun('isempty', C)
L = cellfun('length', C)
N = cellfun('prodofsize', C)
K = cellfun('isclass', {1, 'a', true}, 'char')
S = cellfun('size', C, 1)
% The error handler gets the error's identifier, message and index.
R = cellfun(@(x) error('demo:bad', 'Bad value %d.', x), {4, 5}, 'ErrorHandler', @handler)
try
    cellfun(@(x) [x x], {1, 2})
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
try
    cellfun(@(x) x, {1, 'a'})
catch err
    fprintf('%s\n%s\n', err.identifier, err.message);
end
function out = handler(S, x)
    disp(S)
    out = -x;
end
