X = str2double('3.14159')
C = {'2.718','3.1416';
     '137','0.015'};
X = str2double(C)
X = str2double('1,200.34')
