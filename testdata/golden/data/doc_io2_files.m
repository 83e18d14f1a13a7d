% copyfile, movefile, delete, exist, isfile, isfolder
fid = fopen('io2_a.txt', 'w'); fprintf(fid, 'abc\n'); fclose(fid);
[status, msg, msgID] = copyfile('io2_a.txt', 'io2_b.txt')
[status, msg, msgID] = movefile('io2_b.txt', 'io2_c.txt')
[isfile('io2_b.txt') isfile('io2_c.txt') isfolder('io2_c.txt')]
exist('io2_c.txt')
exist('io2_c.txt', 'file')
exist('io2_c.txt', 'dir')
mkdir io2_d
exist('io2_d')
[status, msg, msgID] = copyfile('io2_*.txt', 'io2_d')
d = dir('io2_d/*.txt');
{d.name}
[d.bytes]
delete io2_a.txt io2_c.txt
delete('io2_missing.txt')
rmdir('io2_d', 's')
