x = [NaN(1,2) Inf(1,2)]
class(nan(2,'single'))
