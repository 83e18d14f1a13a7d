% Assigning an element of an array-like object into a variable that does
% not exist yet makes an array of that class, filled as MATLAB fills it.
x(3) = categorical({'a'})
y(2) = datetime(2024,1,1)
z(2) = hours(1)
