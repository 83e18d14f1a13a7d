% mkdir, rmdir: status, message and message ID outputs (MATLAB doc examples)
[status, msg, msgID] = mkdir('io2_newFolder')
[status, msg, msgID] = mkdir('io2_newFolder')
mkdir io2_newFolder
mkdir io2_newFolder sub
tf = isfolder(fullfile('io2_newFolder', 'sub'))
[status, msg, msgID] = rmdir('io2_newFolder')
[status, msg, msgID] = rmdir('io2_newFolder', 's')
exist('io2_newFolder', 'dir')
