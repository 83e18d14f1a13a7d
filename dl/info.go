package dl

import (
	"math"
	"time"

	"gomat/lang/value"
)

// info returns trainNetwork's second output: per-iteration row vectors
// (validation entries NaN where not computed) and the final figures.
func (t *trainer) info() value.Value {
	h := &t.hist
	fields := []string{"TrainingLoss", "TrainingAccuracy", "ValidationLoss", "ValidationAccuracy", "BaseLearnRate", "FinalValidationLoss", "FinalValidationAccuracy", "OutputNetworkIteration"}
	pct := func(xs []float64) []float64 {
		out := make([]float64, len(xs))
		for i, x := range xs {
			out[i] = 100 * x
		}
		return out
	}
	finalLoss, finalAcc := math.NaN(), math.NaN()
	for i := len(h.valLoss) - 1; i >= 0; i-- {
		if !math.IsNaN(h.valLoss[i]) {
			finalLoss, finalAcc = h.valLoss[i], 100*h.valAcc[i]
			break
		}
	}
	if t.finalVal != nil {
		finalLoss, finalAcc = t.finalVal[0], 100*t.finalVal[1]
	}
	vals := []value.Value{
		rowOf(h.loss), rowOf(pct(h.acc)), rowOf(h.valLoss), rowOf(pct(h.valAcc)), rowOf(h.rate),
		value.Num(finalLoss), value.Num(finalAcc), value.Num(float64(t.outputIter)),
	}
	return structOf(fields, vals)
}

// rowOf returns a 1×N double row vector.
func rowOf(xs []float64) value.Value {
	return value.FromRef(value.NewArrayFrom(value.Double, value.Dims{1, len(xs)}, append([]float64(nil), xs...), nil))
}

// structOf returns a scalar struct.
func structOf(fields []string, vals []value.Value) value.Value {
	s := value.NewStruct(value.Dims{1, 1}, fields)
	for i, v := range vals {
		value.Retain(v)
		s.Elems[0][i] = v
	}
	return value.FromRef(s)
}

// callOutputFcn calls the OutputFcn handles with MATLAB's info struct
// (Epoch, Iteration, TimeSinceStart, TrainingLoss, ValidationLoss,
// BaseLearnRate, TrainingAccuracy, TrainingRMSE, ValidationAccuracy,
// ValidationRMSE, State) and reports whether one returned true.
func (t *trainer) callOutputFcn(state string, epoch, iter int) (bool, error) {
	fv := t.job.opts.OutputFcn
	if !fv.Defined() || fv.IsEmpty() {
		return false, nil
	}
	fns := []value.Value{fv}
	if c, ok := fv.Ref().(*value.Cell); ok {
		fns = c.Elems
	}
	h := &t.hist
	num := func(xs []float64) value.Value {
		if iter == 0 || state == "done" || len(xs) < iter || math.IsNaN(xs[iter-1]) {
			return value.Empty()
		}
		return value.Num(xs[iter-1])
	}
	pctOf := func(xs []float64) value.Value {
		v := num(xs)
		if v.IsNum() {
			return value.Num(100 * v.Float())
		}
		return v
	}
	epochV, iterV := value.Num(float64(epoch)), value.Num(float64(iter))
	if state == "start" {
		epochV, iterV = value.Empty(), value.Empty()
	}
	info := structOf(
		[]string{"Epoch", "Iteration", "TimeSinceStart", "TrainingLoss", "ValidationLoss", "BaseLearnRate", "TrainingAccuracy", "TrainingRMSE", "ValidationAccuracy", "ValidationRMSE", "State"},
		[]value.Value{epochV, iterV, value.Num(time.Since(t.start).Seconds()), num(h.loss), num(h.valLoss), num(h.rate), pctOf(h.acc), value.Empty(), pctOf(h.valAcc), value.Empty(), value.Str(state)},
	)
	stop := false
	for _, f := range fns {
		out, err := t.job.c.CallFunction(f, []value.Value{info}, 0)
		if err != nil {
			return false, err
		}
		if len(out) > 0 {
			if b, err := value.IsTrue(out[0]); err == nil && b {
				stop = true
			}
		}
	}
	return stop, nil
}
