% load doc example: load variables into a structure array instead of the
% workspace; load(filename, vars...) loads only those variables
y = [0.5; -0.25; 1];
Fs = 8192;
save('gong.mat', 'y', 'Fs')
clear
S = load('gong.mat')
exist('y', 'var')
S = load('gong.mat', 'Fs');
disp(S.Fs)
load gong.mat y
y
exist('gong.mat', 'file')
delete gong.mat
exist('gong.mat', 'file')
