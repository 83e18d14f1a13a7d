rng(0)
x = rand(1,5)
rng('default')
fprintf('%.4f\n', rand(2,2))
