package value

// WarningHandler receives the warnings that operations raise, with MATLAB's
// identifier and message (such as MsgSingularMatrix). The interpreter
// installs its own; the default discards them.
var WarningHandler = func(id, msg string) {}

// MATLAB's warnings from matrix division.
const (
	// IDSingularMatrix identifies MsgSingularMatrix.
	IDSingularMatrix = "MATLAB:singularMatrix"
	// MsgSingularMatrix is the warning for an exactly singular system.
	MsgSingularMatrix = "Matrix is singular to working precision."
	// IDNearlySingularMatrix identifies the warning for an ill-conditioned
	// system ("Matrix is close to singular or badly scaled. …").
	IDNearlySingularMatrix = "MATLAB:nearlySingularMatrix"
	// IDRankDeficientMatrix identifies the warning for a rank-deficient
	// least-squares system ("Rank deficient, rank = …, tol = ….").
	IDRankDeficientMatrix = "MATLAB:rankDeficientMatrix"
)

// warn reports a warning through WarningHandler.
func warn(id, format string, args ...any) {
	WarningHandler(id, Errorf(id, format, args...).Error())
}
