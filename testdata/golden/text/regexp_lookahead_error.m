m = regexp('abc', 'a(?=b)', 'match')
