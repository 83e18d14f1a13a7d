package dl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// scriptCase runs src and checks that stdout contains want (or, with
// wantErr set, that the run fails with an error containing wantErr).
type scriptCase struct {
	name, src, want, wantErr string
}

func runCases(t *testing.T, cases []scriptCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, err := runScript(t, tc.src)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("want error containing %q, got %v\nstdout:\n%s", tc.wantErr, err, out)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v\nstdout:\n%s\nstderr:\n%s", err, out, errOut)
			}
			if !strings.Contains(out, tc.want) {
				t.Fatalf("output lacks %q:\n%s", tc.want, out)
			}
		})
	}
}

func TestTrainingOptions(t *testing.T) {
	runCases(t, []scriptCase{
		{name: "sgdm display", src: "o = trainingOptions('sgdm')", want: "o = \n\n  TrainingOptionsSGDM with properties:\n\n                        Momentum: 0.9000\n                InitialLearnRate: 0.0100\n"},
		{name: "adam defaults", src: "o = trainingOptions('adam'); disp(o.InitialLearnRate); disp(o.SquaredGradientDecayFactor); disp(class(o))", want: "   1.0000e-03\n    0.9990\nnnet.cnn.TrainingOptionsADAM\n"},
		{name: "rmsprop defaults", src: "o = trainingOptions('rmsprop'); disp(o.SquaredGradientDecayFactor)", want: "    0.9000\n"},
		{name: "case-insensitive names and values", src: "o = trainingOptions('SGDM','maxepochs',3,'shuffle','EVERY-EPOCH','plots','training-progress'); disp(o.MaxEpochs); disp(o.Shuffle); disp(o.Plots)", want: "     3\nevery-epoch\ntraining-progress\n"},
		{name: "set property", src: "o = trainingOptions('sgdm'); o.MaxEpochs = 4; disp(o.MaxEpochs)", want: "     4\n"},
		{name: "unknown option", src: "trainingOptions('sgdm','Foo',1)", wantErr: "'Foo' is not a recognized parameter. For a list of valid name-value pair arguments, see the documentation for this function."},
		{name: "solver-specific option", src: "trainingOptions('adam','Momentum',0.5)", wantErr: "'Momentum' is not a recognized parameter."},
		{name: "bad solver", src: "trainingOptions('foo')", wantErr: "Expected solverName to match one of these values:\n\n'sgdm', 'rmsprop', 'adam'\n\nThe input, 'foo', did not match any of the valid values."},
		{name: "non-positive epochs", src: "trainingOptions('sgdm','MaxEpochs',0)", wantErr: "The value of 'MaxEpochs' is invalid. Expected MaxEpochs to be positive."},
		{name: "fractional batch", src: "trainingOptions('sgdm','MiniBatchSize',2.5)", wantErr: "The value of 'MiniBatchSize' is invalid. Expected MiniBatchSize to be integer-valued."},
		{name: "momentum range", src: "trainingOptions('sgdm','Momentum',1.5)", wantErr: "Expected Momentum to be less than or equal to 1."},
		{name: "bad shuffle", src: "trainingOptions('sgdm','Shuffle','sometimes')", wantErr: "The value of 'Shuffle' is invalid. Expected input to match one of these values:\n\n'once', 'never', 'every-epoch'\n\nThe input, 'sometimes', did not match any of the valid values."},
		{name: "missing value", src: "trainingOptions('sgdm','MaxEpochs')", wantErr: "Name-value argument 'MaxEpochs' has no value."},
		{name: "missing checkpoint folder", src: "trainingOptions('sgdm','CheckpointPath','/no/such/folder')", wantErr: "Directory \"/no/such/folder\" does not exist."},
		{name: "bad output function", src: "trainingOptions('sgdm','OutputFcn',3)", wantErr: "Expected OutputFcn to be a function handle or a cell array of function handles."},
	})
}

func TestLayers(t *testing.T) {
	runCases(t, []scriptCase{
		{name: "conv display", src: "layer = convolution2dLayer(3,8)", want: "  Convolution2DLayer with properties:\n\n              Name: ''\n\n   Hyperparameters\n        FilterSize: [3 3]\n       NumChannels: 'auto'\n"},
		{name: "layer array", src: "layers = [imageInputLayer([28 28 1]); convolution2dLayer(5,20); reluLayer; fullyConnectedLayer(10); softmaxLayer; classificationLayer]",
			want: "  6×1 Layer array with layers:\n\n     1   ''   Image Input             28×28×1 images with 'zerocenter' normalization\n     2   ''   2-D Convolution         20 5×5 convolutions with stride [1  1] and padding [0  0  0  0]\n     3   ''   ReLU                    ReLU\n"},
		{name: "index end", src: "layers = [imageInputLayer([8 8 3]) reluLayer('Name','r')]; l = layers(end); disp(l.Name); disp(class(l)); disp(layers(1).InputSize)", want: "r\nnnet.cnn.layer.ReLULayer\n     8     8     3\n"},
		{name: "delete", src: "layers = [imageInputLayer([8 8 3]) reluLayer sigmoidLayer]; layers(2) = []; disp(size(layers))", want: "     1     2\n"},
		{name: "options", src: "l = convolution2dLayer([3 5],4,'Stride',2,'Padding',[1 2],'Name','c','WeightLearnRateFactor',10,'BiasL2Factor',1); disp(l.Stride); disp(l.PaddingSize); disp(l.WeightLearnRateFactor); disp(l.BiasL2Factor)", want: "     2     2\n     1     1     2     2\n    10\n     1\n"},
		{name: "set factor", src: "l = fullyConnectedLayer(3); l.WeightLearnRateFactor = 5; disp(l.WeightLearnRateFactor)", want: "     5\n"},
		{name: "grouped", src: "l = groupedConvolution2dLayer(3,1,'channel-wise','Padding','same')", want: "  GroupedConvolution2DLayer with properties:"},
		{name: "dropout", src: "l = [imageInputLayer([4 4 1]) dropoutLayer(0.25)]", want: "25% dropout"},
		{name: "addition", src: "l = additionLayer(3,'Name','add'); disp(l.NumInputs); disp(l.InputNames)", want: "     3\n    {'in1'}    {'in2'}    {'in3'}\n"},
		{name: "bad filter", src: "convolution2dLayer(0,8)", wantErr: "The value of 'filterSize' is invalid."},
		{name: "bad option", src: "reluLayer('Alpha',1)", wantErr: "'Alpha' is not a recognized parameter."},
		{name: "bad dropout", src: "dropoutLayer(1)", wantErr: "Expected probability to be less than 1."},
		{name: "bad initializer", src: "fullyConnectedLayer(3,'WeightsInitializer','foo')", wantErr: "The value of 'WeightsInitializer' is invalid."},
		{name: "concat with number", src: "x = [reluLayer 3]", wantErr: "Concatenation of nnet.cnn.layer.Layer with double values is not supported."},
	})
}

func TestGraphs(t *testing.T) {
	runCases(t, []scriptCase{
		{name: "efficientnetb0 display", src: "net = efficientnetb0", want: "net = \n\n  DAGNetwork with properties:\n\n         Layers: [290×1 nnet.cnn.layer.Layer]\n    Connections: [363×2 table]\n     InputNames: {'ImageInput'}\n    OutputNames: {'classification'}\n\n"},
		{name: "efficientnetb0 untrained graph", src: "lg = efficientnetb0('Weights','none'); disp(class(lg)); disp(numel(lg.Layers)); disp(size(lg.Connections))", want: "nnet.cnn.LayerGraph\n   290\n   363     2\n"},
		{name: "efficientnetb1", src: "lg = efficientnetb1('Weights','none'); disp(lg.Layers(1).InputSize)", want: "   240   240     3\n"},
		{name: "efficientnet phi", src: "lg = efficientnet(0,'Weights','none'); disp(numel(lg.Layers))", want: "   290\n"},
		{name: "replace head", src: "lg = efficientnetb0('Weights','none'); lg = replaceLayer(lg,'efficientnet-b0|model|head|dense|MatMul',fullyConnectedLayer(5,'Name','fc5')); l = lg.Layers(end-2); disp(l.Name); disp(l.OutputSize); c = lg.Connections; disp(sum(strcmp(c.Destination, 'fc5')) + sum(strcmp(c.Source, 'fc5')))", want: "fc5\n     5\n     2\n"},
		{name: "automatic names", src: "lg = layerGraph([imageInputLayer([8 8 1]) convolution2dLayer(3,4) reluLayer convolution2dLayer(3,4) fullyConnectedLayer(2) softmaxLayer classificationLayer]); disp(lg.Layers(2).Name); disp(lg.Layers(4).Name); disp(lg.Layers(5).Name); disp(lg.OutputNames)",
			want: "conv_1\nconv_2\nfc\n    {'classoutput'}\n"},
		{name: "add connect", src: "lg = layerGraph([imageInputLayer([8 8 1],'Name','in') reluLayer('Name','r') additionLayer(2,'Name','add')]); lg = connectLayers(lg,'in','add/in2'); c = lg.Connections; disp(c.Destination{3}); lg = disconnectLayers(lg,'in','add/in2'); disp(size(lg.Connections,1))", want: "add/in2\n     2\n"},
		{name: "remove", src: "lg = layerGraph([imageInputLayer([8 8 1],'Name','in') reluLayer('Name','r')]); lg = removeLayers(lg,'r'); disp(numel(lg.Layers))", want: "     1\n"},
		{name: "add layers", src: "lg = layerGraph(imageInputLayer([8 8 1],'Name','in')); lg = addLayers(lg,[reluLayer('Name','a') reluLayer('Name','b')]); disp(size(lg.Connections,1))", want: "     1\n"},
		{name: "replace missing", src: "lg = layerGraph(imageInputLayer([8 8 1])); replaceLayer(lg,'nope',reluLayer)", wantErr: "Layer 'nope' does not exist."},
		{name: "connect missing", src: "lg = layerGraph(imageInputLayer([8 8 1],'Name','in')); connectLayers(lg,'in','x')", wantErr: "Layer 'x' does not exist"},
		{name: "assemble", src: "net = assembleNetwork([imageInputLayer([4 4 1],'Normalization','none') fullyConnectedLayer(2) softmaxLayer classificationLayer]); disp(class(net)); disp(size(net.Layers(2).Weights))", want: "SeriesNetwork\n     2    16\n"},
		{name: "analyze", src: "analyzeNetwork([imageInputLayer([4 4 1],'Normalization','none') convolution2dLayer(3,2) fullyConnectedLayer(2) softmaxLayer classificationLayer])", want: "Weights 3×3×1×2, Bias 1×1×2"},
		{name: "invalid network", src: "assembleNetwork([imageInputLayer([4 4 1]) reluLayer])", wantErr: "Invalid network."},
	})
}

// tinyData is a separable 3-class problem: 8×8 images whose brightness
// encodes the class.
const tinyData = `rng(0);
X = rand(8,8,1,48)*60; c = mod(0:47,3)';
for i = 1:48, X(:,:,1,i) = X(:,:,1,i) + 90*c(i); end
Y = categorical(c);
layers = [imageInputLayer([8 8 1]) convolution2dLayer(3,4,'Padding','same') batchNormalizationLayer reluLayer fullyConnectedLayer(3) softmaxLayer classificationLayer];
`

func TestTrainNetwork(t *testing.T) {
	runCases(t, []scriptCase{
		{name: "no validation table", src: tinyData + "opts = trainingOptions('sgdm','MaxEpochs',2,'MiniBatchSize',10,'VerboseFrequency',3); net = trainNetwork(X, Y, layers, opts);",
			want: "Training on single CPU.\nInitializing input data normalization.\n|" + strings.Repeat("=", 88) + "|\n|  Epoch  |  Iteration  |  Time Elapsed  |  Mini-batch  |  Mini-batch  |  Base Learning  |\n"},
		{name: "rows and info", src: tinyData + "opts = trainingOptions('adam','MaxEpochs',3,'MiniBatchSize',10,'ValidationData',{X,Y},'ValidationFrequency',4,'Verbose',false); [net, info] = trainNetwork(X, Y, layers, opts); disp(size(info.TrainingLoss)); disp(find(~isnan(info.ValidationLoss))); disp(info.OutputNetworkIteration); disp(fieldnames(info)')",
			want: "     1    12\n     1     4     8    12\n    12\n  Columns 1 through 3\n\n    {'TrainingLoss'}"},
		{name: "classify predict", src: tinyData + "opts = trainingOptions('sgdm','MaxEpochs',20,'MiniBatchSize',12,'Verbose',false,'InitialLearnRate',0.05); net = trainNetwork(X, Y, layers, opts); [YP, s] = classify(net, X); disp(class(YP)); disp(size(s)); disp(class(s)); disp(mean(double(YP) == double(Y)) > 0.8); p = predict(net, X(:,:,:,1:2)); disp(size(p)); a = activations(net, X(:,:,:,1:2), 'fc', 'OutputAs', 'rows'); disp(size(a)); a = activations(net, X, 'conv'); disp(size(a))",
			want: "categorical\n    48     3\nsingle\n   1\n     2     3\n     2     3\n     8     8     4    48\n"},
		{name: "piecewise schedule", src: tinyData + "opts = trainingOptions('sgdm','MaxEpochs',4,'MiniBatchSize',16,'Verbose',false,'LearnRateSchedule','piecewise','LearnRateDropPeriod',2,'LearnRateDropFactor',0.5); [~, info] = trainNetwork(X, Y, layers, opts); disp(info.BaseLearnRate([6 7 12]))",
			want: "    0.0100    0.0050    0.0050\n"},
		{name: "output function stops", src: tinyData + "opts = trainingOptions('sgdm','MaxEpochs',5,'MiniBatchSize',16,'OutputFcn',@(info) isequal(info.Iteration, 2)); net = trainNetwork(X, Y, layers, opts);",
			want: "Training finished: Stopped by OutputFcn.\n"},
		{name: "validation patience", src: tinyData + "opts = trainingOptions('sgdm','MaxEpochs',50,'MiniBatchSize',16,'ValidationData',{X,Y},'ValidationFrequency',1,'ValidationPatience',1,'InitialLearnRate',1e-9); net = trainNetwork(X, Y, layers, opts);",
			want: "Training finished: Met validation criterion.\n"},
		{name: "best validation loss", src: tinyData + "opts = trainingOptions('sgdm','MaxEpochs',3,'MiniBatchSize',16,'ValidationData',{X,Y},'ValidationFrequency',1,'OutputNetwork','best-validation-loss','Verbose',false); [net, info] = trainNetwork(X, Y, layers, opts); [m, i] = min(info.ValidationLoss); disp(info.OutputNetworkIteration == i)",
			want: "   1\n"},
		{name: "head replaced", src: tinyData + "layers(5) = fullyConnectedLayer(7); opts = trainingOptions('sgdm','MaxEpochs',1,'MiniBatchSize',16); net = trainNetwork(X, Y, layers, opts); disp(net.Layers(5).OutputSize)",
			want: "Notice: replaced the 7-class output head ('fc', 'softmax', 'classoutput') by a new 3-class head for the training labels"},
		{name: "network accepted", src: tinyData + "opts = trainingOptions('sgdm','MaxEpochs',1,'MiniBatchSize',16,'Verbose',false); net = trainNetwork(X, Y, layers, opts); net2 = trainNetwork(X, Y, net, opts); disp(class(net2))", want: "SeriesNetwork\n"},
		{name: "strict network", src: tinyData + "opts = trainingOptions('sgdm','MaxEpochs',1,'MiniBatchSize',16,'Verbose',false); net = trainNetwork(X, Y, layers, opts); gomat.strict(true); trainNetwork(X, Y, net, opts);", wantErr: "Invalid network."},
		{name: "strict head", src: tinyData + "layers(5) = fullyConnectedLayer(7); gomat.strict(true); trainNetwork(X, Y, layers, trainingOptions('sgdm'));",
			wantErr: "Invalid training data. The output size (7) of the last layer does not match the number of classes (3)."},
		{name: "gpu", src: tinyData + "trainNetwork(X, Y, layers, trainingOptions('sgdm','ExecutionEnvironment','gpu'));", wantErr: "ExecutionEnvironment 'gpu' is not supported: gomat trains on the CPU."},
		{name: "not layers", src: tinyData + "trainNetwork(X, Y, 3, trainingOptions('sgdm'));", wantErr: "Layers argument must be an array of layers or a layer graph."},
		{name: "no options", src: tinyData + "trainNetwork(X, Y, layers, 3);", wantErr: "Invalid training options."},
		{name: "size mismatch", src: tinyData + "trainNetwork(X(1:4,:,:,:), Y, layers, trainingOptions('sgdm','Verbose',false));", wantErr: "The training images are of size 4×8×1 but the input layer expects images of size 8×8×1."},
		{name: "nan loss", src: tinyData + "X(1) = NaN; opts = trainingOptions('sgdm','MaxEpochs',1,'MiniBatchSize',48,'Shuffle','never'); layers(1) = imageInputLayer([8 8 1],'Normalization','none'); net = trainNetwork(X, Y, layers, opts);",
			want: "Training finished: Training loss is NaN.\n"},
		{name: "confusionmat", src: "[C, order] = confusionmat(categorical({'a';'b';'a'}), categorical({'a';'a';'a'})); disp(C); disp(class(order))", want: "     2     0\n     1     0\ncategorical\n"},
	})
}

func TestCheckpointAndPlot(t *testing.T) {
	dir := t.TempDir()
	src := tinyData + "opts = trainingOptions('sgdm','MaxEpochs',2,'MiniBatchSize',16,'Verbose',false,'CheckpointPath','" + dir + "','Plots','training-progress'); net = trainNetwork(X, Y, layers, opts); confusionchart(Y, classify(net, X));"
	out, errOut, err := runScript(t, src)
	if err != nil {
		t.Fatalf("%v\n%s\n%s", err, out, errOut)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "net_checkpoint__*__*.safetensors"))
	if len(files) != 2 {
		t.Errorf("want 2 checkpoints, got %v", files)
	}
	for _, prefix := range []string{"Training progress plot: ", "Confusion chart: "} {
		i := strings.Index(out, prefix)
		if i < 0 {
			t.Fatalf("no %q in:\n%s", prefix, out)
		}
		path := strings.SplitN(out[i+len(prefix):], "\n", 2)[0]
		b, err := os.ReadFile(path)
		if err != nil || len(b) < 8 || string(b[1:4]) != "PNG" {
			t.Errorf("%s is not a PNG: %v", path, err)
		}
		os.Remove(path)
	}
}

func init() {
	// dltest_interrupt presses Ctrl-C from inside a script (as the REPL's
	// signal handler does), for TestInterrupt.
	interp.Register([]interp.Builtin{{Name: "dltest_interrupt", Doc: "test only", Fn: func(c *interp.Call) ([]value.Value, error) {
		c.In.Interrupt()
		return []value.Value{value.Bool(false)}, nil
	}}})
}

// TestInterrupt checks that Ctrl-C during training stops it cleanly and
// returns the network, and that the script goes on.
func TestInterrupt(t *testing.T) {
	out, errOut, err := runScript(t, tinyData+"opts = trainingOptions('sgdm','MaxEpochs',5,'MiniBatchSize',16,'OutputFcn',@(info) dltest_interrupt()); [net, info] = trainNetwork(X, Y, layers, opts); disp(class(net)); disp(numel(info.TrainingLoss))")
	if err != nil {
		t.Fatalf("%v\n%s\n%s", err, out, errOut)
	}
	if !strings.Contains(out, "Training finished: Stopped manually.\nSeriesNetwork\n     0\n") {
		t.Errorf("unexpected output:\n%s", out)
	}
}
