% load doc example: load a list of variables from an ASCII file
a = magic(4);
b = ones(2, 4) * -5.7;
c = [8 6 4 2];
save -ascii mydata.dat a b c
clear a b c
load mydata.dat -ascii
mydata
% a text file of numbers with % comments loads into a variable named
% after the file; S = load(...) returns the matrix
fid = fopen('my-data.txt', 'w');
fprintf(fid, '%% two rows\n1 2 3\n4, 5, 6 %% trailing comment\n');
fclose(fid);
load('my-data.txt')
my_data
M = load('my-data.txt', '-ascii')
% rows of different lengths are an error
fid = fopen('ragged.txt', 'w');
fprintf(fid, '1 2 3\n4 5\n');
fclose(fid);
try
    load('ragged.txt')
catch err
    disp(err.message)
end
delete mydata.dat my-data.txt ragged.txt
