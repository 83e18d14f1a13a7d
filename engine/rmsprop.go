package engine

import "math"

// RMSProp is MATLAB's 'rmsprop' solver:
//
//	v ← β·v + (1−β)·g²,  w ← w − LearnRate·LearnRateFactor·g/(√v + Epsilon)
type RMSProp struct {
	SolverOptions
	// SquaredGradientDecayFactor (β, MATLAB default 0.9) and Epsilon
	// (default 1e-8).
	SquaredGradientDecayFactor, Epsilon float64
}

// Step updates every parameter.
func (o *RMSProp) Step(params []ParamRef) error {
	if err := o.prepare(params); err != nil {
		return err
	}
	b := float32(o.SquaredGradientDecayFactor)
	eps := float32(o.Epsilon)
	for _, r := range params {
		lr := float32(o.LearnRate * r.LearnRateFactor)
		r.moment1 = growZero(r.moment1, len(r.Value))
		v := r.moment1
		for i, g := range r.Grad {
			v[i] = b*v[i] + (1-b)*g*g
			r.Value[i] -= lr * g / (float32(math.Sqrt(float64(v[i]))) + eps)
		}
	}
	return nil
}

// NewRMSProp returns an RMSProp solver with MATLAB's default
// hyper-parameters.
func NewRMSProp(lr float64) *RMSProp {
	return &RMSProp{SolverOptions: SolverOptions{LearnRate: lr}, SquaredGradientDecayFactor: 0.9, Epsilon: 1e-8}
}

// NewSGDM returns an SGDM solver with MATLAB's default momentum 0.9.
func NewSGDM(lr float64) *SGDM {
	return &SGDM{SolverOptions: SolverOptions{LearnRate: lr}, Momentum: 0.9}
}
