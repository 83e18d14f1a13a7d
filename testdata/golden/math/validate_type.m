validateattributes('abc',{'double','single'},{})
