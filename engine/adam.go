package engine

import "math"

// Adam is MATLAB's 'adam' solver with bias-corrected moments:
//
//	m ← β1·m + (1−β1)·g,  v ← β2·v + (1−β2)·g²
//	w ← w − LearnRate·LearnRateFactor·m̂/(√v̂ + Epsilon)
//
// where m̂ = m/(1−β1ᵗ) and v̂ = v/(1−β2ᵗ).
type Adam struct {
	SolverOptions
	// GradientDecayFactor (β1, default 0.9), SquaredGradientDecayFactor
	// (β2, default 0.999) and Epsilon (default 1e-8) as in MATLAB.
	GradientDecayFactor, SquaredGradientDecayFactor, Epsilon float64
	// Iteration counts the steps taken (t), saved with the optimizer state.
	Iteration int
}

// Step updates every parameter.
func (o *Adam) Step(params []ParamRef) error {
	if err := o.prepare(params); err != nil {
		return err
	}
	o.Iteration++
	b1, b2 := o.GradientDecayFactor, o.SquaredGradientDecayFactor
	c1 := 1 - math.Pow(b1, float64(o.Iteration))
	c2 := 1 - math.Pow(b2, float64(o.Iteration))
	for _, r := range params {
		lr := float32(o.LearnRate * r.LearnRateFactor / c1)
		r.moment1 = growZero(r.moment1, len(r.Value))
		r.moment2 = growZero(r.moment2, len(r.Value))
		m, v := r.moment1, r.moment2
		fb1, fb2 := float32(b1), float32(b2)
		is2 := float32(1 / math.Sqrt(c2))
		eps := float32(o.Epsilon)
		for i, g := range r.Grad {
			m[i] = fb1*m[i] + (1-fb1)*g
			v[i] = fb2*v[i] + (1-fb2)*g*g
			r.Value[i] -= lr * m[i] / (float32(math.Sqrt(float64(v[i])))*is2 + eps)
		}
	}
	return nil
}

// NewAdam returns an Adam solver with MATLAB's default hyper-parameters.
func NewAdam(lr float64) *Adam {
	return &Adam{SolverOptions: SolverOptions{LearnRate: lr}, GradientDecayFactor: 0.9, SquaredGradientDecayFactor: 0.999, Epsilon: 1e-8}
}
