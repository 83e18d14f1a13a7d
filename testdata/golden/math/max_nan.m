max([NaN 2 1])
max([NaN 2 1],[],'includenan')
min([NaN NaN])
max([])
