c = strsplit('a-b', '-')
