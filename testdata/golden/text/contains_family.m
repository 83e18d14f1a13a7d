fprintf('%d%d%d\n', contains('Hello', 'ell'), startsWith('Hello', 'He'), endsWith('Hello', 'x'));
fprintf('%d\n', contains('Hello', 'HELLO', 'IgnoreCase', true));
