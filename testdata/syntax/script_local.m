% A script with local functions (R2016b+).
% 导入深度学习工具箱
addpath(genpath('path_to_toolbox'));
inputSize = [224 224 3]; % 根据模型的输入尺寸进行设置
options = trainingOptions('sgdm', ...
    'MiniBatchSize', 16, ...
    'InitialLearnRate', 1e-3, ...
    'Plots', 'training-progress');
opts2 = trainingOptions("adam", MaxEpochs=4, Verbose=false);
r = square(inputSize(1:2));
fprintf('%d\n', r);

function y = square(x)
  y = x.^2;
end
