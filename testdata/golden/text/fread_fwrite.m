f = [tempname '.bin'];
fid = fopen(f, 'w');
n = fwrite(fid, [1 2 255]);
fclose(fid);
fid = fopen(f);
b = fread(fid)';
fclose(fid);
disp(n)
disp(b)
delete(f);
