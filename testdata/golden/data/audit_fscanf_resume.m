% fscanf stops at the first conversion that fails and leaves the file
% position there, so the next read resumes right after the last match.
fid = fopen('audit_fscanf_resume_tmp.txt','w');
fprintf(fid,'3 4 5\nabc');
fclose(fid);
fid = fopen('audit_fscanf_resume_tmp.txt');
a = fscanf(fid,'%d')
p = ftell(fid)
b = fscanf(fid,'%s')
e = feof(fid)
frewind(fid);
c = fscanf(fid,'%d',2)
p = ftell(fid)
d = fscanf(fid,'%d')
fclose(fid);
delete audit_fscanf_resume_tmp.txt
% sscanf's fourth output is the index just after the last character scanned.
[A,n,errmsg,nextindex] = sscanf('3.14159 are the first 6 digits of pi','%f')
