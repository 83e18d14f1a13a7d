% Layer constructors, layer arrays and their display.
layers = [
    imageInputLayer([28 28 1])
    convolution2dLayer(3, 8, 'Padding', 'same')
    batchNormalizationLayer
    reluLayer
    maxPooling2dLayer(2, 'Stride', 2)
    fullyConnectedLayer(10)
    softmaxLayer
    classificationLayer]
conv = layers(2)
last = layers(end);
disp(class(last))
disp(layers(1).InputSize)
fc = fullyConnectedLayer(5, 'Name', 'fc5', 'WeightLearnRateFactor', 10, 'BiasLearnRateFactor', 10);
disp(fc.WeightLearnRateFactor)
lgraph = layerGraph(layers);
disp(lgraph.Layers(2).Name)
