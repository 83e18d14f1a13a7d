package dl

import "testing"

func TestPlotDemo(t *testing.T) {
	out, errOut, err := runScript(t, `
rng(0);
X = rand(8,8,1,96)*255; Y = categorical(mod(1:96,3)');
for i=1:96, X(:,:,1,i) = X(:,:,1,i)*0.3 + 60*double(Y(i)=='1') + 120*double(Y(i)=='2'); end
layers = [imageInputLayer([8 8 1]) convolution2dLayer(3,8,'Padding','same') batchNormalizationLayer reluLayer fullyConnectedLayer(3) softmaxLayer classificationLayer];
opts = trainingOptions('sgdm','MaxEpochs',12,'MiniBatchSize',16,'ValidationData',{X,Y},'ValidationFrequency',10,'VerboseFrequency',10,'Plots','training-progress','InitialLearnRate',0.05);
[net, info] = trainNetwork(X, Y, layers, opts);
YPred = classify(net, X);
confusionchart(Y, YPred);
`)
	t.Log(out, errOut, err)
}
