[fid, msg] = fopen('/nonexistent/dir/x.txt');
disp(fid)
disp(msg)
