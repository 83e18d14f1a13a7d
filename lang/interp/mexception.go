package interp

import (
	"errors"
	"strings"

	"gomat/lang/value"
)

// StackFrame is one entry of an error's stack: where a function or script
// was executing when the error passed through it.
type StackFrame struct {
	File string // full path, "" at the prompt
	Name string // function or script name
	Line int
	Text string // the source line, as MATLAB shows it under "Error in"
}

// MException is MATLAB's error object. It is also the Go error that
// interpreter code returns, so a MATLAB error keeps its identifier, message
// and stack however deep it was raised.
type MException struct {
	ID     string
	Msg    string
	Stack  []StackFrame
	Causes []*MException
	// Using names the built-in or function that raised the error, for the
	// "Error using NAME" line; "" when an operator or the prompt raised it.
	Using string
	// UsingLine is the line of the error() call inside Using's file, or 0.
	UsingLine int
	usingSet  bool     // Using was decided (possibly as ""), so callers keep it
	frames    []*frame // frames already recorded, so each is added once
}

func (e *MException) Error() string { return e.Msg }

// ClassName returns "MException".
func (e *MException) ClassName() string { return "MException" }

// Class returns ObjectClass.
func (e *MException) Class() value.Class { return value.ObjectClass }

// Size returns 1×1.
func (e *MException) Size() value.Dims { return value.Dims{1, 1} }

// PropertyNames lists the properties in MATLAB's display order.
func (e *MException) PropertyNames() []string {
	return []string{"identifier", "message", "cause", "stack", "Correction"}
}

// GetProperty returns identifier, message, cause or stack.
func (e *MException) GetProperty(name string) (value.Value, error) {
	switch name {
	case "identifier":
		return value.Str(e.ID), nil
	case "message":
		return value.Str(e.Msg), nil
	case "cause":
		if len(e.Causes) == 0 {
			// MATLAB shows "cause: {}" for an exception without causes.
			return value.FromRef(value.NewCell(value.Dims{0, 0})), nil
		}
		elems := make([]value.Value, len(e.Causes))
		for i, c := range e.Causes {
			elems[i] = value.FromRef(c)
		}
		return value.FromRef(value.NewCellFrom(value.MakeDims(len(elems), 1), elems)), nil
	case "stack":
		s := value.NewStruct(value.MakeDims(len(e.Stack), 1), []string{"file", "name", "line"})
		for i, f := range e.Stack {
			s.Elems[i] = []value.Value{value.Str(f.File), value.Str(f.Name), value.Num(float64(f.Line))}
		}
		return value.FromRef(s), nil
	case "Correction":
		return value.FromRef(value.NewArray(value.Double, value.Dims{0, 0})), nil
	}
	return value.Value{}, value.Errorf("MATLAB:noSuchMethodOrField", "Unrecognized method, property, or field '%s' for class 'MException'.", name)
}

// toMException converts any error into an *MException (the same one if it
// already is).
func toMException(err error) *MException {
	var me *MException
	if errors.As(err, &me) {
		return me
	}
	var ve *value.Error
	if errors.As(err, &ve) {
		return &MException{ID: ve.ID, Msg: ve.Msg}
	}
	return &MException{Msg: err.Error()}
}

// Report formats the error as MATLAB prints an uncaught one: the
// "Error using" line, the message, then one "Error in" entry per frame.
func (e *MException) Report() string {
	var b strings.Builder
	switch {
	case e.Using != "" && e.UsingLine > 0:
		b.WriteString("Error using " + e.Using + " (line " + itoa(e.UsingLine) + ")\n")
	case e.Using != "":
		b.WriteString("Error using " + e.Using + "\n")
	}
	b.WriteString(e.Msg)
	b.WriteString("\n")
	for i, f := range e.Stack {
		if f.File == "" {
			continue
		}
		if i == 0 && e.UsingLine > 0 && f.Name == e.Using {
			continue
		}
		if i > 0 && f == e.Stack[i-1] {
			continue // deep recursion: one entry per distinct frame and line
		}
		b.WriteString("\nError in " + f.Name + " (line " + itoa(f.Line) + ")\n")
		if f.Text != "" {
			b.WriteString(f.Text + "\n")
		}
	}
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
