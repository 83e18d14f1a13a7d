package engine

// Optimizer updates learnable parameters from their gradients with one of
// MATLAB's trainingOptions solvers.
type Optimizer interface {
	// Step applies one update to every parameter (using Param.Grad,
	// LearnRateFactor and L2Factor).
	Step(params []ParamRef) error
	// Rate returns the current global learning rate.
	Rate() float64
	// SetRate changes it (learning-rate schedules call this).
	SetRate(lr float64)
}
