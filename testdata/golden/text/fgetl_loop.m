f = [tempname '.txt'];
fid = fopen(f, 'w');
fprintf(fid, 'one\ntwo\nthree\n');
fclose(fid);
fid = fopen(f, 'r');
while ~feof(fid)
    fprintf('> %s\n', fgetl(fid));
end
fclose(fid);
delete(f);
