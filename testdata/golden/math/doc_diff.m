% Examples from the diff reference page and help text.
X = [1 1 2 3 5 8 13 21];
Y = diff(X)
X = [1 1 1; 5 5 5; 25 25 25];
Y = diff(X)
X = [0 5 15 30 50 75 105];
Y = diff(X,2)
X = [1 3 5;7 11 13;17 19 23];
Y = diff(X,1,2)
X = [3 7 5; 0 9 2];
diff(X,1,1)
diff(X,1,2)
diff(X,3,2)
diff(X,2)
