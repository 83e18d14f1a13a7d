if 1, disp('yes'), end
for i = 1:3, fprintf('%d ', i); end, fprintf('\n');
x = 0; while x < 3, x = x + 1; end, x
try, error('e'); catch, disp('caught'); end
