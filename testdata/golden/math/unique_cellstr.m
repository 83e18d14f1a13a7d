c = unique({'pear','apple','pear'})
