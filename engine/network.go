package engine

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Network is a compiled layer graph: the layers in topological order with
// their activation buffers. It runs inference (Predict), training passes
// (Forward, Loss, Backward) and whole training steps (TrainStep). Buffers
// are reused from one batch to the next, so a training loop allocates
// nothing per iteration once the first iteration has sized them.
//
// A Network owns the layers of the graph it was compiled from; a Network
// is not safe for concurrent use.
type Network struct {
	graph  *Graph
	nodes  []*node // topological order
	byName map[string]*node
	input  *node
	output *node // the single layer without consumers
	pred   *node // output, or the loss layer's input
	ctx    Context
	batch  int
	pool   bufferPool
	learn  []ParamRef
	states []ParamRef
	// trained is set by a training forward pass and cleared by Backward.
	trained bool
	check   finiteTask
	accum   accumulateTask
}

// node is one layer in the compiled network.
type node struct {
	layer     Layer
	exec      Layer // what runs: layer, or a fused replacement
	inputs    []*node
	consumers int
	size      Size
	out       Tensor
	grad      *Tensor
	ins, dIns []*Tensor
	extra     []*Tensor // gradients to add to an input's existing gradient
	remaining int       // consumers still to run (inference buffer release)
	pooled    bool      // out.Data came from the pool (inference)
	checked   bool      // outputs are checked for NaN/Inf (see Compile)
	loss      bool
}

// lossLayer marks output layers that compute a loss from labels.
type lossLayer interface{ isLoss() }

// ParamRef names a parameter of a layer.
type ParamRef struct {
	Layer string
	*Param
}

// Compile validates the graph (exactly one input layer, every input
// connected, no cycles, one output, sizes compatible) and prepares the
// layers' parameters, initialising missing ones from rng (nil: a fixed
// seed). Errors name the offending layer with MATLAB's wording.
func Compile(g *Graph, rng RandSource) (*Network, error) {
	n := &Network{graph: g, byName: map[string]*node{}}
	all := make([]*node, len(g.layers))
	for i, l := range g.layers {
		all[i] = &node{layer: l, exec: l, inputs: make([]*node, l.NumInputs())}
		n.byName[l.Name()] = all[i]
	}
	for _, e := range g.edges {
		src, dst := n.byName[e.src], n.byName[e.dst]
		dst.inputs[e.port] = src
		src.consumers++
	}
	var inputs, outputs []*node
	for _, nd := range all {
		for k, in := range nd.inputs {
			if in == nil {
				port := ""
				if len(nd.inputs) > 1 {
					port = fmt.Sprintf(" (input 'in%d')", k+1)
				}
				return nil, fmt.Errorf("Layer '%s': Unconnected input%s. Each layer input must be connected to the output of another layer.", nd.layer.Name(), port)
			}
		}
		if len(nd.inputs) == 0 {
			inputs = append(inputs, nd)
		}
		if nd.consumers == 0 {
			outputs = append(outputs, nd)
		}
	}
	if len(inputs) != 1 {
		return nil, fmt.Errorf("Invalid network: the network must have exactly one input layer, found %d", len(inputs))
	}
	order, err := topoSort(all)
	if err != nil {
		return nil, err
	}
	if len(outputs) != 1 {
		names := make([]string, len(outputs))
		for i, o := range outputs {
			names[i] = "'" + o.layer.Name() + "'"
		}
		return nil, fmt.Errorf("Invalid network: the network must have exactly one output layer, found %d (%s)", len(outputs), strings.Join(names, ", "))
	}
	n.nodes, n.input, n.output = order, inputs[0], outputs[0]
	n.pred = n.output
	for _, nd := range order {
		if _, ok := nd.layer.(lossLayer); ok {
			if nd != n.output {
				return nil, fmt.Errorf("Layer '%s': Output layers must be at the end of the network", nd.layer.Name())
			}
			nd.loss = true
			n.pred = nd.inputs[0]
		}
		sizes := make([]Size, len(nd.inputs))
		for i, in := range nd.inputs {
			sizes[i] = in.size
		}
		s, err := nd.layer.Setup(sizes, rng)
		if err != nil {
			return nil, fmt.Errorf("Layer '%s': %v", nd.layer.Name(), err)
		}
		nd.size = s
		nd.ins = make([]*Tensor, len(nd.inputs))
		nd.dIns = make([]*Tensor, len(nd.inputs))
		nd.extra = make([]*Tensor, len(nd.inputs))
		for _, p := range nd.layer.Learnables() {
			n.learn = append(n.learn, ParamRef{nd.layer.Name(), p})
		}
		for _, p := range nd.layer.States() {
			n.states = append(n.states, ParamRef{nd.layer.Name(), p})
		}
	}
	n.fuseSwish()
	n.fuseBatchNormSwish()
	// NaN and Inf originate in layers with parameters (or the input data);
	// element-wise layers cannot create them from finite values except by
	// overflow, which the next parameterised layer then reports. Checking
	// only those outputs (and the prediction) halves the cost of the check.
	for _, nd := range n.nodes {
		nd.checked = nd == n.input || len(nd.exec.Learnables()) > 0
	}
	n.input.ins = make([]*Tensor, 1) // the caller's batch
	if c := numChunks(); c > 2 {
		n.check.more = make([]bool, c-2)
	}
	n.ctx.Rand = rngOrDefault(rng)
	return n, nil
}

// topoSort orders the nodes so that every layer follows its inputs,
// keeping insertion order among ready layers; it reports cycles.
func topoSort(all []*node) ([]*node, error) {
	pending := map[*node]int{}
	users := map[*node][]*node{}
	for _, nd := range all {
		pending[nd] = len(nd.inputs)
		for _, in := range nd.inputs {
			users[in] = append(users[in], nd)
		}
	}
	pos := map[*node]int{}
	for i, nd := range all {
		pos[nd] = i
	}
	var ready, order []*node
	for _, nd := range all {
		if pending[nd] == 0 {
			ready = append(ready, nd)
		}
	}
	for len(ready) > 0 {
		sort.Slice(ready, func(i, j int) bool { return pos[ready[i]] < pos[ready[j]] })
		nd := ready[0]
		ready = ready[1:]
		order = append(order, nd)
		for _, u := range users[nd] {
			pending[u]--
			if pending[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	if len(order) != len(all) {
		var cyc []string
		for _, nd := range all {
			if pending[nd] > 0 {
				cyc = append(cyc, "'"+nd.layer.Name()+"'")
			}
		}
		return nil, fmt.Errorf("Invalid network: the layer graph contains a cycle through layers %s", strings.Join(cyc, ", "))
	}
	return order, nil
}

// fuseSwish runs every x·sigmoid(x) pattern — a multiplication of a
// tensor by a sigmoid of that same tensor, the sigmoid feeding nothing
// else — as one fused swish: one pass instead of two and one activation
// buffer fewer (MATLAB spells swish this way in EfficientNet). The graph is
// unchanged; only execution is.
func (n *Network) fuseSwish() {
	for _, nd := range n.nodes {
		if m, ok := nd.layer.(*Multiplication); ok && m.NumInputs() == 2 {
			for k := 0; k < 2; k++ {
				s, x := nd.inputs[k], nd.inputs[1-k]
				if _, ok := s.layer.(*Sigmoid); !ok || s.consumers != 1 || s.inputs[0] != x || s.size != x.size || nd.size != x.size {
					continue
				}
				sw := &Swish{}
				SetName(sw, nd.layer.Name())
				sw.Setup([]Size{x.size}, nil)
				nd.exec, nd.inputs = sw, []*node{x}
				nd.ins, nd.dIns, nd.extra = nd.ins[:1], nd.dIns[:1], nd.extra[:1]
				s.exec = nil
				x.consumers--
				break
			}
		}
	}
	n.dropFused()
}

// fuseBatchNormSwish runs every batch normalization whose only consumer is
// a swish (fused or not) together with it, as one bnSwish.
func (n *Network) fuseBatchNormSwish() {
	for _, nd := range n.nodes {
		if _, ok := nd.exec.(*Swish); !ok {
			continue
		}
		b := nd.inputs[0]
		bn, ok := b.exec.(*BatchNormalization)
		if !ok || b.consumers != 1 {
			continue
		}
		nd.exec, nd.inputs = &bnSwish{bn: bn}, b.inputs
		b.exec = nil
	}
	n.dropFused()
}

// dropFused removes the nodes that fusion left without anything to run;
// their layers stay in the graph and keep their inputs, so Activations can
// still evaluate them.
func (n *Network) dropFused() {
	kept := n.nodes[:0]
	for _, nd := range n.nodes {
		if nd.exec != nil {
			kept = append(kept, nd)
		}
	}
	n.nodes = kept
}

// Graph returns the graph the network was compiled from.
func (n *Network) Graph() *Graph { return n.graph }

// Learnables lists every trainable parameter with its layer name, in
// topological order.
func (n *Network) Learnables() []ParamRef { return n.learn }

// States lists every non-trainable state (batch-norm statistics).
func (n *Network) States() []ParamRef { return n.states }

// Param returns a layer's parameter or state by MATLAB property name
// (e.g. "Weights", "TrainedMean"), or nil.
func (n *Network) Param(layer, name string) *Param {
	for _, list := range [][]ParamRef{n.learn, n.states} {
		for _, r := range list {
			if r.Layer == layer && r.Name == name {
				return r.Param
			}
		}
	}
	return nil
}

// NumLearnables counts the trainable values.
func (n *Network) NumLearnables() int {
	total := 0
	for _, r := range n.learn {
		total += len(r.Value)
	}
	return total
}

// InputSize is the per-sample size the input layer expects.
func (n *Network) InputSize() Size { return n.input.size }

// OutputSize is the per-sample size of the prediction (the loss layer's
// input when the network ends in one).
func (n *Network) OutputSize() Size { return n.pred.size }

// LayerSize returns the output size of a layer.
func (n *Network) LayerSize(name string) (Size, error) {
	nd, ok := n.byName[name]
	if !ok {
		return Size{}, fmt.Errorf("Layer '%s' does not exist in the network", name)
	}
	return nd.size, nil
}

// Predict runs inference on x (N×H×W×C) and returns the prediction tensor
// (the softmax probabilities for a classification network). The tensor is
// owned by the network and overwritten by the next pass. Intermediate
// buffers are released as soon as their consumers have run.
func (n *Network) Predict(x *Tensor) (*Tensor, error) {
	return n.run(x, false, n.pred)
}

// Activations runs inference and returns the output of the named layer
// (a copy), like MATLAB's activations.
func (n *Network) Activations(x *Tensor, layer string) (*Tensor, error) {
	nd, ok := n.byName[layer]
	if !ok {
		return nil, fmt.Errorf("Layer '%s' does not exist in the network", layer)
	}
	if nd.loss {
		return nil, fmt.Errorf("Layer '%s' is an output layer; it has no activations", layer)
	}
	out, err := n.activation(x, nd)
	if err != nil {
		return nil, err
	}
	if out == &nd.out {
		c := NewTensor(out.N, out.Size)
		copy(c.Data, out.Data)
		out = c
	}
	return out, nil
}

// activation runs inference up to nd and returns its output: the
// network's buffer when nd runs as itself, or a new tensor computed from
// its input when fusion folded it into its consumer (such layers have one
// input).
func (n *Network) activation(x *Tensor, nd *node) (*Tensor, error) {
	if nd.exec != nil {
		return n.run(x, false, nd)
	}
	in, err := n.activation(x, nd.inputs[0])
	if err != nil {
		return nil, err
	}
	out := NewTensor(in.N, nd.size)
	if err := nd.layer.Forward(&Context{}, []*Tensor{in}, out); err != nil {
		return nil, fmt.Errorf("Layer '%s': %v", nd.layer.Name(), err)
	}
	return out, nil
}

// Forward runs a training pass (batch statistics, dropout, stochastic
// depth) and keeps every activation for Backward. It returns the
// prediction tensor.
func (n *Network) Forward(x *Tensor) (*Tensor, error) {
	out, err := n.run(x, true, n.pred)
	n.trained = err == nil
	return out, err
}

// run executes the layers up to and including stop.
func (n *Network) run(x *Tensor, training bool, stop *node) (*Tensor, error) {
	if x == nil || x.N < 1 {
		return nil, fmt.Errorf("Layer '%s': empty input batch", n.input.layer.Name())
	}
	if len(x.Data) != x.N*x.Size.Elems() {
		return nil, fmt.Errorf("Layer '%s': input data has %d values, expected %d", n.input.layer.Name(), len(x.Data), x.N*x.Size.Elems())
	}
	n.trained = false
	n.ctx.Training = training
	n.batch = x.N
	release := !training
	for _, nd := range n.nodes {
		if nd.pooled {
			n.pool.put(nd.out.Data)
			nd.out.Data, nd.pooled = nil, false
		}
		nd.remaining = nd.consumers
	}
	for _, nd := range n.nodes {
		if nd.loss {
			continue
		}
		if nd == n.input {
			nd.ins[0] = x
		} else {
			for i, in := range nd.inputs {
				nd.ins[i] = &in.out
			}
		}
		if release && nd != stop {
			nd.out.N, nd.out.Size = x.N, nd.size
			nd.out.Data, nd.pooled = n.pool.get(x.N*nd.size.Elems()), true
		} else {
			nd.out.reshape(x.N, nd.size)
		}
		if err := nd.exec.Forward(&n.ctx, nd.ins, &nd.out); err != nil {
			return nil, fmt.Errorf("Layer '%s': %v", nd.layer.Name(), err)
		}
		if (nd.checked || nd == stop) && !n.finite(nd.out.Data) {
			return nil, nonFinite(nd, "activations")
		}
		if release {
			for _, in := range nd.inputs {
				in.remaining--
				if in.remaining == 0 && in.pooled && in != stop {
					n.pool.put(in.out.Data)
					in.out.Data, in.pooled = nil, false
				}
			}
		}
		if nd == stop {
			break
		}
	}
	return &stop.out, nil
}

// nonFinite is the error for NaN/Inf values appearing in a layer.
func nonFinite(nd *node, what string) error {
	return fmt.Errorf("Layer '%s': %s contain NaN or Inf", nd.layer.Name(), what)
}

// finite reports whether every value is finite, in parallel.
func (n *Network) finite(x []float32) bool {
	n.check.x, n.check.bad = x, [2]bool{}
	for i := range n.check.more {
		n.check.more[i] = false
	}
	parallelFor(len(x), 1<<15, &n.check)
	ok := !n.check.bad[0] && !n.check.bad[1]
	for _, b := range n.check.more {
		ok = ok && !b
	}
	n.check.x = nil
	return ok
}

// finiteTask flags chunks holding NaN or ±Inf, one cheap pass.
type finiteTask struct {
	x    []float32
	bad  [2]bool
	more []bool
}

func (t *finiteTask) run(chunk, lo, hi int) {
	bad := !vec.finite(t.x[lo:hi])
	if chunk < 2 {
		t.bad[chunk] = bad
	} else {
		t.more[chunk-2] = bad
	}
}

// finite reports whether every value is finite (serial).
func finite(x []float32) bool { return vec.finite(x) }

// finiteSum is Σ x·0 with four independent accumulators (so the adds
// pipeline): 0 when every value is finite, NaN otherwise. It is the
// portable finite kernel.
func finiteSum(x []float32) float32 {
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(x); i += 4 {
		v := x[i : i+4 : i+4]
		s0 += v[0] * 0
		s1 += v[1] * 0
		s2 += v[2] * 0
		s3 += v[3] * 0
	}
	for ; i < len(x); i++ {
		s0 += x[i] * 0
	}
	return s0 + s1 + s2 + s3
}

// Loss evaluates the loss layer on the last training forward pass with
// the given labels (0-based class indices) and returns the mean loss and
// the accuracy (fraction of samples whose most probable class is the label).
func (n *Network) Loss(labels []int) (loss, accuracy float64, err error) {
	if !n.output.loss {
		return 0, 0, fmt.Errorf("Layer '%s': the network has no output (loss) layer", n.output.layer.Name())
	}
	nd := n.output
	n.ctx.Labels = labels
	nd.ins[0] = &nd.inputs[0].out
	nd.out.reshape(n.batch, nd.size)
	if err := nd.exec.Forward(&n.ctx, nd.ins, &nd.out); err != nil {
		return 0, 0, fmt.Errorf("Layer '%s': %v", nd.layer.Name(), err)
	}
	for _, v := range nd.out.Data {
		loss += float64(v)
	}
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		return 0, 0, nonFinite(nd, "loss values")
	}
	p := nd.ins[0]
	k := p.Size.Elems()
	hits := 0
	for s, y := range labels {
		row := p.Data[s*k : (s+1)*k]
		best := 0
		for i, v := range row {
			if v > row[best] {
				best = i
			}
		}
		if best == y {
			hits++
		}
	}
	return loss, float64(hits) / float64(len(labels)), nil
}

// Backward back-propagates the loss of the last Forward/Loss pair and
// leaves each learnable's gradient in its Grad. Gradient buffers come from
// the network's pool and go back to it as soon as they are consumed.
func (n *Network) Backward() error {
	if !n.trained || !n.output.loss {
		return fmt.Errorf("Backward needs a training Forward pass and Loss on a network ending in a loss layer")
	}
	n.trained = false
	for _, nd := range n.nodes {
		nd.grad = nil
	}
	for i := len(n.nodes) - 1; i >= 0; i-- {
		nd := n.nodes[i]
		if nd == n.input || (!nd.loss && nd.grad == nil) {
			continue
		}
		for k, in := range nd.inputs {
			nd.ins[k] = &in.out
			nd.dIns[k], nd.extra[k] = nil, nil
			if in == n.input {
				continue
			}
			t := n.pool.tensor(n.batch, in.size)
			if in.grad == nil {
				in.grad = t
			} else {
				nd.extra[k] = t
			}
			nd.dIns[k] = t
		}
		if err := nd.exec.Backward(&n.ctx, nd.ins, &nd.out, nd.grad, nd.dIns); err != nil {
			return fmt.Errorf("Layer '%s': %v", nd.layer.Name(), err)
		}
		for k, t := range nd.extra {
			if t == nil {
				continue
			}
			n.accum.add(nd.inputs[k].grad.Data, t.Data)
			n.pool.putTensor(t)
			nd.extra[k] = nil
		}
		if nd.grad != nil {
			n.pool.putTensor(nd.grad)
			nd.grad = nil
		}
		for _, p := range nd.exec.Learnables() {
			if !finite(p.Grad) {
				return nonFinite(nd, "gradients of "+p.Name)
			}
		}
	}
	return nil
}

// TrainStep runs one training iteration on a batch: forward, loss,
// backward and the optimizer update. It returns the loss and accuracy.
func (n *Network) TrainStep(x *Tensor, labels []int, opt Optimizer) (loss, accuracy float64, err error) {
	if len(labels) != x.N {
		return 0, 0, fmt.Errorf("expected %d labels, got %d", x.N, len(labels))
	}
	if _, err := n.Forward(x); err != nil {
		return 0, 0, err
	}
	if loss, accuracy, err = n.Loss(labels); err != nil {
		return 0, 0, err
	}
	if err := n.Backward(); err != nil {
		return 0, 0, err
	}
	return loss, accuracy, opt.Step(n.learn)
}

// bufferPool recycles float32 buffers by length.
type bufferPool struct {
	free    map[int][][]float32
	tensors []*Tensor
}

func (p *bufferPool) get(n int) []float32 {
	if l := p.free[n]; len(l) > 0 {
		b := l[len(l)-1]
		p.free[n] = l[:len(l)-1]
		return b
	}
	return make([]float32, n)
}

func (p *bufferPool) put(b []float32) {
	if p.free == nil {
		p.free = map[int][][]float32{}
	}
	p.free[len(b)] = append(p.free[len(b)], b)
}

// tensor returns a pooled tensor of the given shape.
func (p *bufferPool) tensor(n int, s Size) *Tensor {
	var t *Tensor
	if k := len(p.tensors); k > 0 {
		t, p.tensors = p.tensors[k-1], p.tensors[:k-1]
	} else {
		t = &Tensor{}
	}
	t.N, t.Size, t.Data = n, s, p.get(n*s.Elems())
	return t
}

// putTensor returns a tensor and its buffer to the pool.
func (p *bufferPool) putTensor(t *Tensor) {
	p.put(t.Data)
	t.Data = nil
	p.tensors = append(p.tensors, t)
}

// LastActivation returns the output a layer produced in the last training
// Forward pass (owned by the network), for inspecting intermediate values
// such as logits.
func (n *Network) LastActivation(layer string) (*Tensor, error) {
	nd, ok := n.byName[layer]
	if !ok {
		return nil, fmt.Errorf("Layer '%s' does not exist in the network", layer)
	}
	if nd.exec == nil || nd.pooled || nd.out.Data == nil {
		return nil, fmt.Errorf("Layer '%s': no activation kept from a training pass", layer)
	}
	return &nd.out, nil
}
