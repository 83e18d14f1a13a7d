package interp

import (
	"fmt"
	"strings"
)

// warningState is what warning('off', id) and lastwarn remember.
type warningState struct {
	off     map[string]bool
	allOff  bool
	lastMsg string
	lastID  string
}

// Warn prints a MATLAB warning ("Warning: msg") unless it is turned off,
// and records it for lastwarn.
func (in *Interp) Warn(id, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	in.warnings.lastMsg, in.warnings.lastID = msg, id
	if in.warnings.allOff && !in.warnings.explicitOn(id) || id != "" && in.warnings.off[id] {
		return
	}
	in.Flush()
	fmt.Fprintf(in.Err, "Warning: %s\n", strings.TrimRight(msg, "\n"))
}

func (w *warningState) explicitOn(id string) bool {
	on, ok := w.off[id]
	return ok && !on
}
