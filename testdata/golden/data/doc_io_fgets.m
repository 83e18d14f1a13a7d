% fgets(fid, nchar) returns at most nchar characters of the line; fgetl and
% fgets return -1 at the end of the file.
fid = fopen('doc_io_fgets_tmp.txt','w');
fprintf(fid,'abcdef\ngh\n');
fclose(fid);
fid = fopen('doc_io_fgets_tmp.txt');
a = fgets(fid, 4)
b = double(fgets(fid, 10))
c = fgetl(fid)
d = fgetl(fid)
e = fgets(fid)
fclose(fid);
delete doc_io_fgets_tmp.txt
