S = load('no_such_file_here.mat')
