c = char([72 101 108 108 111])
m = char('one','three')
size(m)
