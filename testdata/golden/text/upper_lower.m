disp(upper('Hello'))
disp(lower('Hello'))
c = upper({'a','bc'});
disp(c{2})
