package dl

import (
	"fmt"
	"strings"

	"gomat/engine"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "trainNetwork", Fn: trainNetworkFn, Doc: "[net, info] = trainNetwork(ds, layers|lgraph|net, options), trainNetwork(X, Y, layers, options): train a classification network on the CPU"},
	})
}

// trainJob is everything one trainNetwork call works with.
type trainJob struct {
	c       *interp.Call
	opts    *TrainingOptions
	graph   *LayerGraph
	series  bool
	src     MiniBatchSource
	val     MiniBatchSource // nil without ValidationData
	classes []string
	notice  string // one line printed before the table, "" for none
}

// trainNetworkFn implements trainNetwork.
func trainNetworkFn(c *interp.Call) ([]value.Value, error) {
	j, err := newTrainJob(c)
	if err != nil {
		return nil, err
	}
	net, info, err := j.run()
	if err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(net), info}, nil
}

// newTrainJob checks the arguments and prepares the layer graph.
func newTrainJob(c *interp.Call) (*trainJob, error) {
	args := c.Args
	if len(args) < 3 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	if len(args) > 4 {
		return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	opts, ok := args[len(args)-1].Ref().(*TrainingOptions)
	if !ok {
		return nil, value.Errorf("nnet_cnn:trainNetwork:InvalidTrainingOptions", "Invalid training options. Options must be a TrainingOptions object created by trainingOptions.")
	}
	switch opts.ExecutionEnvironment {
	case "gpu", "multi-gpu", "parallel":
		return nil, value.Errorf("gomat:trainNetwork:executionEnvironment", "ExecutionEnvironment '%s' is not supported: gomat trains on the CPU. Use 'auto' or 'cpu'.", opts.ExecutionEnvironment)
	}
	j := &trainJob{c: c, opts: opts}
	var err error
	if len(args) == 4 {
		j.src, err = newArraySource(args[0], args[1], "training data")
	} else {
		j.src, err = sourceOf(args[0], "training data")
	}
	if err != nil {
		return nil, err
	}
	if err := j.checkLabels(); err != nil {
		return nil, err
	}
	if err := j.layers(args[len(args)-2]); err != nil {
		return nil, err
	}
	if v := opts.ValidationData; v.Defined() && !v.IsEmpty() {
		if cl, ok := v.Ref().(*value.Cell); ok {
			j.val, err = newArraySource(cl.Elems[0], cl.Elems[1], "validation data")
		} else {
			j.val, err = sourceOf(v, "validation data")
		}
		if err != nil {
			return nil, err
		}
		if j.val.Labels() == nil {
			return nil, value.Errorf("nnet_cnn:trainNetwork:InvalidValidationData", "Invalid validation data. The validation data must have labels.")
		}
	}
	return j, nil
}

// sourceOf returns the mini-batch source of a datastore.
func sourceOf(v value.Value, what string) (MiniBatchSource, error) {
	if s, ok := AsMiniBatchSource(v); ok {
		return s, nil
	}
	return nil, value.Errorf("nnet_cnn:trainNetwork:InvalidData", "Invalid %s. The data must be an imageDatastore, an augmentedImageDatastore, or a numeric array with categorical labels.", what)
}

// checkLabels requires defined labels and at least one observation.
func (j *trainJob) checkLabels() error {
	labels := j.src.Labels()
	if labels == nil {
		return value.Errorf("nnet_cnn:trainNetwork:InvalidResponses", "Invalid training data. For classification tasks, the datastore must have labels (use 'LabelSource','foldernames').")
	}
	if len(labels) == 0 {
		return value.Errorf("nnet_cnn:trainNetwork:InvalidData", "Invalid training data. The data contains no observations.")
	}
	for _, l := range labels {
		if l < 0 {
			return value.Errorf("nnet_cnn:trainNetwork:UndefinedLabels", "Invalid training data. The labels contain undefined values.")
		}
	}
	j.classes = j.src.Categories()
	return nil
}

// layers reads the layers argument: a layer array or LayerGraph, or — a
// gomat extension — a trained network, which MATLAB rejects.
func (j *trainJob) layers(v value.Value) error {
	var fromNet bool
	switch r := v.Ref().(type) {
	case *Network:
		if j.c.In.Strict {
			return value.Errorf("nnet_cnn:trainNetwork:InvalidNetwork", "Invalid network.")
		}
		j.graph, j.series, fromNet = r.graph, r.series, true
	case *LayerGraph:
		j.graph = r
	default:
		ls, ok := layersOf(v)
		if !ok {
			return value.Errorf("nnet_cnn:trainNetwork:InvalidLayers", "Layers argument must be an array of layers or a layer graph.")
		}
		g, err := graphFromLayers(ls)
		if err != nil {
			return err
		}
		j.graph, j.series = g, true
	}
	return j.fitHead(fromNet)
}

// fitHead checks the output size against the classes. On a mismatch
// MATLAB stops; gomat (unless strict) replaces the classifier — the last
// fully connected layer, the softmax and the classification layer — by a
// fresh one sized to the classes, and says so in one notice line.
func (j *trainJob) fitHead(fromNet bool) error {
	k := len(j.classes)
	out := j.outputLayer()
	if out == nil {
		return value.Errorf("nnet_cnn:trainNetwork:InvalidNetwork", "Invalid network.\n\nCaused by:\n    Network: Missing output layer. The network must have a classification output layer.")
	}
	fc, sm := j.headLayers(out)
	if fc == nil {
		return nil
	}
	have := fc.eng.(*engine.FullyConnected).OutputSize
	if have == k {
		if fromNet {
			j.notice = "Notice: trainNetwork was given a network; training layerGraph(net) instead (MATLAB requires layerGraph(net) here; --strict gives its error)."
		}
		return nil
	}
	if j.c.In.Strict {
		return value.Errorf("nnet_cnn:trainNetwork:OutputSizeNumClassesMismatch", "Invalid training data. The output size (%d) of the last layer does not match the number of classes (%d).", have, k)
	}
	names := []string{fc.Name()}
	head := []*Layer{fc}
	if sm != nil {
		names = append(names, sm.Name())
		head = append(head, sm)
	}
	names = append(names, out.Name())
	head = append(head, out)
	g := j.graph
	for _, old := range head {
		nl := freshHeadLayer(old, k)
		var err error
		if g, err = g.replace(old.Name(), []*Layer{nl}); err != nil {
			return err
		}
	}
	j.graph = g
	quoted := "'" + strings.Join(names, "', '") + "'"
	prefix := "Notice: replaced"
	if fromNet {
		prefix = "Notice: training layerGraph(net) with"
	}
	if fromNet {
		j.notice = fmt.Sprintf("%s its %d-class output head (%s) replaced by a new %d-class head for the training labels (MATLAB stops with an error here; --strict gives it).", prefix, have, quoted, k)
	} else {
		j.notice = fmt.Sprintf("%s the %d-class output head (%s) by a new %d-class head for the training labels (MATLAB stops with an error here; --strict gives it).", prefix, have, quoted, k)
	}
	return nil
}

// freshHeadLayer returns a new, untrained layer of the same kind and name
// as old, a fully connected one sized to k classes.
func freshHeadLayer(old *Layer, k int) *Layer {
	var e engine.Layer
	switch old.cls {
	case fcClass:
		e = &engine.FullyConnected{OutputSize: k, Weights: newParam("Weights", 1, 1), Bias: newParam("Bias", 1, 0)}
	case softmaxClass:
		e = &engine.Softmax{}
	default:
		e = &engine.Classification{}
	}
	engine.SetName(e, old.Name())
	l := newLayer(old.cls, e)
	if old.cls == fcClass {
		l.weightsInit, l.biasInit = "glorot", "zeros"
	}
	return l
}

// outputLayer returns the graph's classification layer, or nil.
func (j *trainJob) outputLayer() *Layer {
	for _, l := range j.graph.layers {
		if l.cls == classificationClass {
			return l
		}
	}
	return nil
}

// headLayers follows the classification layer's input back through a
// softmax to the fully connected layer feeding it (nil when the chain is
// different).
func (j *trainJob) headLayers(out *Layer) (fc, sm *Layer) {
	prev := func(l *Layer) *Layer {
		for _, c := range j.graph.conns {
			if c.Destination == l.Name() {
				return j.graph.layer(c.Source)
			}
		}
		return nil
	}
	p := prev(out)
	if p != nil && p.cls == softmaxClass {
		sm, p = p, prev(p)
	}
	if p != nil && p.cls == fcClass {
		return p, sm
	}
	return nil, nil
}
