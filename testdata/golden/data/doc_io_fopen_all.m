% fopen('all') lists the open files (not 0, 1, 2); fclose('all') closes them.
noneOpen = isempty(fopen('all'))
f1 = fopen('doc_io_fopen_all_tmp.txt','w');
f2 = fopen('doc_io_fopen_all_tmp.txt','r');
isequal(fopen('all'), [f1 f2])
[~,~,machinefmt] = fopen(f1)
status = fclose('all')
noneOpen = isempty(fopen('all'))
filename = fopen(1)
[fid,msg] = fopen('doc_io_fopen_all_missing.txt')
delete doc_io_fopen_all_tmp.txt
