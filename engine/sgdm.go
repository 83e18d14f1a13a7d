package engine

// SGDM is MATLAB's 'sgdm' solver:
//
//	v ← Momentum·v − LearnRate·LearnRateFactor·g,  w ← w + v
//
// with g the (regularised, clipped) gradient.
type SGDM struct {
	SolverOptions
	// Momentum is the contribution of the previous step (MATLAB default 0.9).
	Momentum float64
}

// Step updates every parameter.
func (o *SGDM) Step(params []ParamRef) error {
	if err := o.prepare(params); err != nil {
		return err
	}
	mom := float32(o.Momentum)
	for _, r := range params {
		lr := float32(o.LearnRate * r.LearnRateFactor)
		r.moment1 = growZero(r.moment1, len(r.Value))
		v := r.moment1
		for i, g := range r.Grad {
			v[i] = mom*v[i] - lr*g
			r.Value[i] += v[i]
		}
	}
	return nil
}

// growZero returns buf when it already has n values, else a zeroed slice
// of n values (optimizer state starts at zero).
func growZero(buf []float32, n int) []float32 {
	if len(buf) == n {
		return buf
	}
	return make([]float32, n)
}
