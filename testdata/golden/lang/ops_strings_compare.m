'abc' == 'abc'
"abc" == "abd"
strcmp('a', 'a')
['ab', 'cd']
["x", "y"] + "z"
