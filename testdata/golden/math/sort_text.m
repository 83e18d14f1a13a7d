sort('banana')
sort({'pear','apple','fig'})
