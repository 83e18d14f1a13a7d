% dir: the doc's listing examples, struct fields, patterns, no matches
mkdir io2_myfolder
names = {'myfile1.m', 'myfile2.m', 'myfile3.txt'};
for k = 1:numel(names)
    fid = fopen(fullfile('io2_myfolder', names{k}), 'w');
    fprintf(fid, 'x = %d;\n', k);
    fclose(fid);
end
dir io2_myfolder
cd io2_myfolder
dir *my*.m
MyFolderInfo = dir('*.m');
size(MyFolderInfo)
fieldnames(MyFolderInfo)'
MyFolderInfo(1).name
[MyFolderInfo.bytes]
[MyFolderInfo.isdir]
all = dir;
{all.name}
[all(1:2).isdir]
none = dir('*.csv')
isempty(dir('nosuchfile.xyz'))
cd ..
rmdir('io2_myfolder', 's')
