package dl

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"time"

	"gomat/engine"
	"gomat/lang/value"
)

// history is what training records per iteration (validation entries NaN
// where validation did not run), for the info output and the plot.
type history struct {
	loss, acc, valLoss, valAcc, rate []float64
	epochOf                          []int
	itersPerEpoch, maxIter           int
}

// run trains and returns the network and the info struct.
func (j *trainJob) run() (*Network, value.Value, error) {
	o, in := j.opts, j.c.In
	if o.OutputNetwork == "best-validation-loss" && j.val == nil {
		return nil, value.Value{}, value.Errorf("nnet_cnn:trainNetwork:OutputNetworkNeedsValidation", "The 'OutputNetwork' training option is 'best-validation-loss', but no validation data is specified.")
	}
	rng := streamOf(in)
	if j.notice != "" {
		fmt.Fprintln(in.Out, j.notice)
	}
	if o.Verbose {
		fmt.Fprintln(in.Out, "Training on single CPU.")
		in.Flush()
	}
	g := j.graph
	if il := g.inputLayer(); il != nil {
		e := il.eng.(*engine.ImageInput)
		if needsStats(e, o.ResetInputNormalization) {
			if o.Verbose {
				fmt.Fprintln(in.Out, "Initializing input data normalization.")
				in.Flush()
			}
			mean, std, err := channelStats(j.src, e.InputSize, o.MiniBatchSize)
			if err != nil {
				return nil, value.Value{}, err
			}
			if g, err = g.withStats(mean, std); err != nil {
				return nil, value.Value{}, err
			}
		}
	}
	net, err := assemble(g, rng, j.series)
	if err != nil {
		return nil, value.Value{}, err
	}
	for _, l := range net.graph.layers {
		if l.cls == classificationClass {
			l.classes = append([]string(nil), j.classes...)
		}
	}
	tr := &trainer{job: j, net: net, rng: rng, opt: newOptimizer(o)}
	reason, err := tr.loop()
	if err == nil && reason != "Training loss is NaN." {
		err = tr.finish()
	}
	if err != nil {
		return nil, value.Value{}, err
	}
	if o.Verbose {
		verboseTable{in.Out, j.val != nil}.footer(reason)
		in.Flush()
	}
	if tr.plot != nil {
		tr.plot.final(reason)
	}
	return net, tr.info(), nil
}

// newOptimizer returns the engine solver of the options.
func newOptimizer(o *TrainingOptions) engine.Optimizer {
	so := engine.SolverOptions{LearnRate: o.InitialLearnRate, L2Regularization: o.L2Regularization, GradientThreshold: o.GradientThreshold, GradientThresholdMethod: o.GradientThresholdMethod}
	switch o.Solver {
	case "adam":
		return &engine.Adam{SolverOptions: so, GradientDecayFactor: o.GradientDecayFactor, SquaredGradientDecayFactor: o.SquaredGradientDecayFactor, Epsilon: o.Epsilon}
	case "rmsprop":
		return &engine.RMSProp{SolverOptions: so, SquaredGradientDecayFactor: o.SquaredGradientDecayFactor, Epsilon: o.Epsilon}
	}
	return &engine.SGDM{SolverOptions: so, Momentum: o.Momentum}
}

// trainer is the state of the training loop.
type trainer struct {
	job   *trainJob
	net   *Network
	rng   engine.RandSource
	opt   engine.Optimizer
	hist  history
	start time.Time
	plot  *progressPlot

	bestLoss   float64
	bestIter   int
	bestParams [][]float32 // learnables then states at the best validation
	worse      int         // validations since the best one
	outputIter int
	finalVal   *[2]float64 // loss and accuracy of the returned network on the validation data
}

// loop runs the epochs and returns MATLAB's reason for finishing.
func (t *trainer) loop() (string, error) {
	j, o, in := t.job, t.job.opts, t.job.c.In
	n := j.src.NumObservations()
	batch := min(o.MiniBatchSize, n)
	perEpoch := n / batch
	t.hist.itersPerEpoch, t.hist.maxIter = perEpoch, perEpoch*o.MaxEpochs
	size := t.net.net.InputSize()
	x := &engine.Tensor{N: batch, Size: size, Data: make([]float32, batch*size.Elems())}
	labels := make([]int, batch)
	table := verboseTable{in.Out, j.val != nil}
	t.bestLoss = math.Inf(1)
	t.start = time.Now()
	if o.Plots == "training-progress" {
		t.plot = newProgressPlot(&t.hist, j.val != nil)
		fmt.Fprintf(in.Out, "Training progress plot: %s\n", t.plot.path)
	}
	if o.Verbose {
		table.header()
		in.Flush()
	}
	if stop, err := t.callOutputFcn("start", 0, 0); err != nil || stop {
		return "Stopped by OutputFcn.", err
	}
	iter := 0
	for epoch := 1; epoch <= o.MaxEpochs; epoch++ {
		if o.Shuffle == "every-epoch" || (o.Shuffle == "once" && epoch == 1) {
			j.src.Shuffle(t.rng)
		}
		all := j.src.Labels()
		if o.LearnRateSchedule == "piecewise" {
			s := engine.PiecewiseSchedule{InitialLearnRate: o.InitialLearnRate, DropFactor: o.LearnRateDropFactor, DropPeriod: o.LearnRateDropPeriod}
			t.opt.SetRate(s.Rate(epoch - 1))
		}
		for b := 0; b < perEpoch; b++ {
			if in.Interrupted() {
				in.ClearInterrupt()
				return "Stopped manually.", nil
			}
			iter++
			idx := make([]int, batch)
			for i := range idx {
				idx[i] = b*batch + i
				labels[i] = all[idx[i]]
			}
			if err := j.src.ReadBatch(idx, size.H, size.W, size.C, x.Data); err != nil {
				return "", err
			}
			loss, acc, err := t.net.net.TrainStep(x, labels, t.opt)
			if err != nil {
				if strings.Contains(err.Error(), "NaN or Inf") {
					in.Warn("gomat:trainNetwork:nonFinite", "Training stopped at iteration %d: %s.", iter, err.Error())
					return "Training loss is NaN.", nil
				}
				return "", err
			}
			t.outputIter = iter
			last := iter == t.hist.maxIter
			vl, va := math.NaN(), math.NaN()
			if j.val != nil && (iter == 1 || iter%o.ValidationFrequency == 0 || last) {
				if vl, va, err = evaluate(t.net.net, j.val, o.MiniBatchSize); err != nil {
					return "", err
				}
				t.trackBest(vl, iter)
			}
			t.record(epoch, loss, acc, vl, va)
			if iter == 1 || iter%o.VerboseFrequency == 0 || last || !math.IsNaN(vl) {
				r := progressRow{epoch, iter, time.Since(t.start), acc, loss, va, vl, t.opt.Rate()}
				if o.Verbose {
					table.row(r)
					in.Flush()
				}
				if t.plot != nil {
					t.plot.update(r, "Training")
				}
			}
			if stop, err := t.callOutputFcn("iteration", epoch, iter); err != nil || stop {
				return "Stopped by OutputFcn.", err
			}
			if !math.IsNaN(vl) && float64(t.worse) >= o.ValidationPatience {
				return "Met validation criterion.", nil
			}
			if o.CheckpointPath != "" && o.CheckpointFrequencyUnit == "iteration" && iter%o.CheckpointFrequency == 0 {
				if err := t.checkpoint(iter); err != nil {
					return "", err
				}
			}
		}
		if o.CheckpointPath != "" && o.CheckpointFrequencyUnit == "epoch" && epoch%o.CheckpointFrequency == 0 {
			if err := t.checkpoint(iter); err != nil {
				return "", err
			}
		}
	}
	if _, err := t.callOutputFcn("done", o.MaxEpochs, iter); err != nil {
		return "", err
	}
	if o.OutputNetwork == "best-validation-loss" && t.bestParams != nil {
		t.restoreBest()
	}
	return "Max epochs completed.", nil
}

// finish finalizes the batch-normalization statistics ('population')
// and, with validation data, measures the final network on it.
func (t *trainer) finish() error {
	o := t.job.opts
	if o.BatchNormalizationStatistics == "population" && t.outputIter > 0 {
		if err := t.finalizeBatchNorm(); err != nil {
			return err
		}
	}
	if t.job.val != nil && t.outputIter > 0 {
		l, a, err := evaluate(t.net.net, t.job.val, o.MiniBatchSize)
		if err != nil {
			return err
		}
		t.finalVal = &[2]float64{l, a}
	}
	return nil
}

// record appends one iteration to the history.
func (t *trainer) record(epoch int, loss, acc, vl, va float64) {
	h := &t.hist
	h.loss = append(h.loss, loss)
	h.acc = append(h.acc, acc)
	h.valLoss = append(h.valLoss, vl)
	h.valAcc = append(h.valAcc, va)
	h.rate = append(h.rate, t.opt.Rate())
	h.epochOf = append(h.epochOf, epoch)
}

// trackBest counts validations without improvement and, for
// 'best-validation-loss', keeps a copy of the best parameters.
func (t *trainer) trackBest(loss float64, iter int) {
	if loss < t.bestLoss {
		t.bestLoss, t.bestIter, t.worse = loss, iter, 0
		if t.job.opts.OutputNetwork == "best-validation-loss" {
			t.bestParams = t.bestParams[:0]
			for _, list := range [][]engine.ParamRef{t.net.net.Learnables(), t.net.net.States()} {
				for _, r := range list {
					t.bestParams = append(t.bestParams, append([]float32(nil), r.Value...))
				}
			}
		}
		return
	}
	t.worse++
}

// restoreBest puts the best validation parameters back.
func (t *trainer) restoreBest() {
	i := 0
	for _, list := range [][]engine.ParamRef{t.net.net.Learnables(), t.net.net.States()} {
		for _, r := range list {
			copy(r.Value, t.bestParams[i])
			i++
		}
	}
	t.outputIter = t.bestIter
}

// checkpoint saves the network as
// net_checkpoint__<iteration>__<yyyy_mm_dd__HH_MM_SS>.safetensors in
// CheckpointPath (the engine writes it atomically).
func (t *trainer) checkpoint(iter int) error {
	name := fmt.Sprintf("net_checkpoint__%d__%s.safetensors", iter, time.Now().Format("2006_01_02__15_04_05"))
	path := filepath.Join(t.job.opts.CheckpointPath, name)
	if err := t.net.net.Save(path, nil); err != nil {
		return value.Errorf("nnet_cnn:trainNetwork:CheckpointFailed", "Unable to save checkpoint '%s': %s", path, err.Error())
	}
	return nil
}
