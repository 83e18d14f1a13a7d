% writematrix: delimiters and appending
M = magic(3);
writematrix(M, 'io2_m.txt', 'Delimiter', 'tab');
fprintf('%s', fileread('io2_m.txt'))
writematrix(M, 'io2_m.txt', 'Delimiter', ' ');
fprintf('%s', fileread('io2_m.txt'))
writematrix(M, 'io2_m.txt', 'Delimiter', ';');
fprintf('%s', fileread('io2_m.txt'))
writematrix(M, 'io2_m.csv');
writematrix([10 11 12], 'io2_m.csv', 'WriteMode', 'append');
fprintf('%s', fileread('io2_m.csv'))
readmatrix('io2_m.csv')
writematrix([pi NaN; -Inf 1/3], 'io2_m.csv');
fprintf('%s', fileread('io2_m.csv'))
delete io2_m.txt io2_m.csv
