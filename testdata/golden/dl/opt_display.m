% trainingOptions: defaults, Name-Value options and MATLAB's errors.
options = trainingOptions('sgdm', 'MaxEpochs', 10, 'minibatchsize', 16, 'Shuffle', 'every-epoch')
adam = trainingOptions('adam');
disp(adam.InitialLearnRate)
disp(class(adam))
try
    trainingOptions('sgdm', 'MaxEpochs', -1);
catch err
    disp(err.message)
end
try
    trainingOptions('sgdm', 'Plots', 'window');
catch err
    disp(err.message)
end
try
    trainingOptions('rmsprop', 'Momentum', 0.9);
catch err
    disp(err.message)
end
