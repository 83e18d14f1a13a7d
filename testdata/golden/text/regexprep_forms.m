disp(regexprep('hello world', '(\w+) (\w+)', '$2 $1'))
disp(regexprep('aaa', 'a', 'b', 'once'))
disp(regexprep('abc', '[ac]', 'X'))
disp(regexprep('Hello', 'hello', 'bye', 'ignorecase'))
