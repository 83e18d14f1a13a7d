nchoosek(10,3)
nchoosek([1 2 3 4],3)
