package engine

import (
	"fmt"
	"math"
)

// SolverOptions are the trainingOptions shared by every solver.
type SolverOptions struct {
	// LearnRate is the global learning rate (MATLAB's InitialLearnRate).
	LearnRate float64
	// L2Regularization adds L2Regularization·L2Factor·w to each gradient.
	L2Regularization float64
	// GradientThreshold clips gradients (0 or +Inf: no clipping).
	GradientThreshold float64
	// GradientThresholdMethod is "l2norm" (each parameter's gradient is
	// rescaled to norm ≤ threshold), "global-l2norm" (all gradients
	// rescaled together) or "absolute-value" (each element clipped to
	// ±threshold); "" means "l2norm".
	GradientThresholdMethod string
}

// prepare adds L2 regularisation to every gradient and clips them; it is
// the first half of every solver's Step.
func (o *SolverOptions) prepare(params []ParamRef) error {
	if o.L2Regularization != 0 {
		for _, r := range params {
			l := float32(o.L2Regularization * r.L2Factor)
			if l == 0 {
				continue
			}
			for i, w := range r.Value {
				r.Grad[i] += l * w
			}
		}
	}
	t := o.GradientThreshold
	if t == 0 || math.IsInf(t, 1) {
		return nil
	}
	if !(t > 0) {
		return fmt.Errorf("GradientThreshold must be positive")
	}
	switch o.GradientThresholdMethod {
	case "", "l2norm":
		for _, r := range params {
			if n := l2norm(r.Grad); n > t {
				scale(r.Grad, float32(t/n))
			}
		}
	case "global-l2norm":
		var s float64
		for _, r := range params {
			n := l2norm(r.Grad)
			s += n * n
		}
		if n := math.Sqrt(s); n > t {
			for _, r := range params {
				scale(r.Grad, float32(t/n))
			}
		}
	case "absolute-value":
		c := float32(t)
		for _, r := range params {
			for i, g := range r.Grad {
				if g > c {
					r.Grad[i] = c
				} else if g < -c {
					r.Grad[i] = -c
				}
			}
		}
	default:
		return fmt.Errorf("unsupported GradientThresholdMethod '%s' (supported: 'l2norm', 'global-l2norm', 'absolute-value')", o.GradientThresholdMethod)
	}
	return nil
}

// l2norm is the Euclidean norm, accumulated in float64.
func l2norm(x []float32) float64 {
	var s float64
	for _, v := range x {
		s += float64(v) * float64(v)
	}
	return math.Sqrt(s)
}

// scale multiplies x by s in place.
func scale(x []float32, s float32) {
	for i := range x {
		x[i] *= s
	}
}

// Rate returns the global learning rate.
func (o *SolverOptions) Rate() float64 { return o.LearnRate }

// SetRate sets the global learning rate.
func (o *SolverOptions) SetRate(lr float64) { o.LearnRate = lr }

// PiecewiseSchedule is MATLAB's 'piecewise' LearnRateSchedule: the rate
// is multiplied by DropFactor every DropPeriod epochs.
type PiecewiseSchedule struct {
	InitialLearnRate float64
	DropFactor       float64
	DropPeriod       int
}

// Rate returns the learning rate for a 0-based epoch.
func (s PiecewiseSchedule) Rate(epoch int) float64 {
	if s.DropPeriod < 1 {
		return s.InitialLearnRate
	}
	return s.InitialLearnRate * math.Pow(s.DropFactor, float64(epoch/s.DropPeriod))
}
