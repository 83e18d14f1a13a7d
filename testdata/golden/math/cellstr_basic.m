c = cellstr(['ab  ';'cdef'])
