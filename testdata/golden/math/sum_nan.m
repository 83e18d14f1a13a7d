sum([1 NaN 3])
sum([1 NaN 3],'omitnan')
