str = ["Carlos","Sada";
       "Ella","Olsen";
       "Diana","Lee"];
newStr = join(str)
str = ["x","y","z";
       "a","b","c"];
newStr = join(str,"-")
delimiters = [" + "," = ";
              " - "," = "];
newStr = join(str,delimiters)
newStr = join(str,1)
c = join({'a','b','c'})
