% Examples of MATLAB's countcats reference page, in command-window format.
A = categorical(["red" "blue" "green" "blue" "red"],["red" "green" "blue"])
categories(A)
B = countcats(A)
valueset = 1:3;
catnames = ["red" "green" "blue"];
C = categorical([1 3; 2 1; 3 1],valueset,catnames)
B = countcats(C)
B = countcats(C,2)
% summary prints the name and size, then the counts (with <undefined>).
summary(A)
