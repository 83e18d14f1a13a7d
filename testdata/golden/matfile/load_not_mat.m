% a .mat file that is not a binary MAT-file; load -ascii reads it as text
fid = fopen('notmat.mat', 'w');
fprintf(fid, '1 2 3\n');
fclose(fid);
try
    S = load('notmat.mat')
catch err
    disp(err.message)
end
A = load('notmat.mat', '-ascii')
delete notmat.mat
