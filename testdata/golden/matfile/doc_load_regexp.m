% load doc example: load variables whose names match a pattern (here, all
% variables whose names do not start with hwy), or name wildcards
hwydata = [1 2];
hwyheaders = {'a', 'b'};
statelabel = 'Alaska';
ushwydata = 7;
uslabel = 'US';
save('accidents.mat')
clear
load('accidents.mat', '-regexp', '^(?!hwy).')
vars = who;
fprintf('%s\n', vars{:});
clear
S = load('accidents.mat', 'us*')
S = load('accidents.mat', 'hwydata', 'nosuchvar')
delete('accidents.mat')
