% An MException shows its properties as MATLAB's documentation shows them.
ME = MException('Test:err', 'Something %s happened', 'bad')
