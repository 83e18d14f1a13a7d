disp(strrep('hello world', 'world', 'there'))
disp(strrep('aaa', 'aa', 'b'))
disp(strrep('abc 2 def 22 ghi 222 jkl 2222', '22', '*'))
