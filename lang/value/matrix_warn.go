package value

import (
	"fmt"
	"math"
)

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

// NearlySingularMessage is MATLAB's warning text for an ill-conditioned
// system with reciprocal condition estimate rcond.
func NearlySingularMessage(rcond float64) string {
	return "Matrix is close to singular or badly scaled. Results may be inaccurate. RCOND = " + warnNumber(rcond) + "."
}

// rankDeficientMessage is MATLAB's warning text for a rank-deficient
// least-squares system.
func rankDeficientMessage(rank int, tol float64) string {
	return fmt.Sprintf("Rank deficient, rank = %d, tol = %s.", rank, warnNumber(tol))
}

// warnNumber writes a number as these warnings do: C's "% e" (a space
// where a plus sign would go), and plain NaN.
func warnNumber(x float64) string {
	if math.IsNaN(x) {
		return "NaN"
	}
	return fmt.Sprintf("% e", x)
}

// warn reports a warning through WarningHandler.
func warn(id, format string, args ...any) {
	WarningHandler(id, Errorf(id, format, args...).Error())
}
