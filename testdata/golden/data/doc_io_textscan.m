% textscan reads up to the first field it cannot convert.
str = '0.41 8.24 3.57 6.24 9.27';
C = textscan(str,'%f');
C{1}
C = textscan('1,2,3;4,5,6','%d %d %d','Delimiter',',')
C = textscan('7 8 9x 10','%f %f');
C{1}, C{2}
