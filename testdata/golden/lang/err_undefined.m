x = 1;
y = x + undefined_var;
