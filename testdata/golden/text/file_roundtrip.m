f = [tempname '.txt'];
fid = fopen(f, 'w');
fprintf(fid, '%d,%d\n', [1 2; 3 4]);
fclose(fid);
disp(fileread(f))
delete(f);
disp(isfile(f))
