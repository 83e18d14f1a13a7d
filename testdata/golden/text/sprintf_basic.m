disp(sprintf('%d', 42))
disp(sprintf('%5.2f|', pi))
disp(sprintf('%-6s|', 'ab'))
disp(sprintf('%+d', 3))
