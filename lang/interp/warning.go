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
// and records it for lastwarn. Raised from code running in a file, it is
// followed by the backtrace lines of the running frames.
func (in *Interp) Warn(id, format string, args ...any) {
	if in.backtrace == nil && in.active != nil {
		in.warnFrom(in.active, id, fmt.Sprintf(format, args...))
		return
	}
	msg := fmt.Sprintf(format, args...)
	in.warnings.lastMsg, in.warnings.lastID = msg, id
	if in.warnings.allOff && !in.warnings.explicitOn(id) || id != "" && in.warnings.off[id] {
		return
	}
	in.Flush()
	fmt.Fprintf(in.Err, "Warning: %s\n", strings.TrimRight(msg, "\n"))
	for _, l := range in.backtrace {
		fmt.Fprintf(in.Err, "> In %s\n", l)
	}
}

// warnFrom issues a warning raised by code running in frame fr, followed by
// MATLAB's backtrace lines ("> In f (line 3)") for every file frame.
func (in *Interp) warnFrom(fr *frame, id, msg string) {
	lines := []string{}
	for f := fr; f != nil; f = f.caller {
		if f.u != nil && f.u.file != nil && f.u.file.path != "" && f.u.kind != anonUnit && f.u.name != "eval" {
			lines = append(lines, f.u.displayName()+" (line "+itoa(f.line)+")")
		}
	}
	in.backtrace = lines
	in.Warn(id, "%s", msg)
	in.backtrace = nil
}

func (w *warningState) explicitOn(id string) bool {
	on, ok := w.off[id]
	return ok && !on
}
