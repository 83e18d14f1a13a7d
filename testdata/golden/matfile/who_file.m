% who -file and whos -file list the variables of a MAT-file.
x = magic(3); yy = 'abc'; z = {1};
save whofile_tmp.mat x yy z
clear
who -file whofile_tmp.mat
whos -file whofile_tmp.mat y*
c = who('-file', 'whofile_tmp')
delete whofile_tmp.mat
