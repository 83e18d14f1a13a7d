% Tables show datetime and duration variables element by element;
% datetime and duration arrays transpose.
Date = datetime(2024,1,1:3)';
Elapsed = hours([1; 2.5; 24]);
T = table(Date, Elapsed)
d = hours([1 2; 3 4])'
