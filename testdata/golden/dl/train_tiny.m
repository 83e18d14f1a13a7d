% trainNetwork on a tiny separable problem, then classify and score.
rng(0);
X = rand(8, 8, 1, 48) * 60;
c = mod(0:47, 3)';
for i = 1:48
    X(:, :, 1, i) = X(:, :, 1, i) + 90 * c(i);
end
Y = categorical(c);
layers = [
    imageInputLayer([8 8 1])
    convolution2dLayer(3, 4, 'Padding', 'same')
    batchNormalizationLayer
    reluLayer
    fullyConnectedLayer(3)
    softmaxLayer
    classificationLayer];
options = trainingOptions('sgdm', 'MaxEpochs', 20, 'MiniBatchSize', 12, ...
    'InitialLearnRate', 0.05, 'Verbose', false);
[net, info] = trainNetwork(X, Y, layers, options);
disp(class(net))
disp(size(info.TrainingLoss))
YPred = classify(net, X);
disp(mean(YPred == Y) > 0.9)
C = confusionmat(Y, YPred);
disp(size(C))
disp(info.TrainingLoss(end) < info.TrainingLoss(1))
