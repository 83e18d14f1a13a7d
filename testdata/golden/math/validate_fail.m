validateattributes(-2,{'numeric'},{'positive'})
