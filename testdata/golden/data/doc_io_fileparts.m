% fileparts and fullfile, after the MATLAB reference examples (Unix paths).
file = '/home/user4/matlab/myfile.txt';
[filepath,name,ext] = fileparts(file)
[filepath,name,ext] = fileparts("/home/user4/matlab/myfile.txt")
[filepath,name,ext] = fileparts('archive.tar.gz')
f = fullfile('myfolder','mysubfolder','myfile.m')
f = fullfile('/','myfiles','matlab',filesep)
f = fullfile('myfolder',{'a.m';'b.m'})
