package value

import "fmt"

// Error is a MATLAB error raised by an operation: an identifier such as
// "MATLAB:sizeDimensionsMustMatch" (may be empty) and the message MATLAB
// prints. The interpreter turns it into an MException with a stack.
type Error struct {
	ID  string
	Msg string
}

func (e *Error) Error() string { return e.Msg }

// Errorf returns an *Error with the given identifier and formatted message.
func Errorf(id, format string, args ...any) error {
	return &Error{ID: id, Msg: fmt.Sprintf(format, args...)}
}

// colonMarker is the index value of a bare ':'.
type colonMarker struct{}

func (colonMarker) Class() Class { return Char }
func (colonMarker) Size() Dims   { return scalarDims }

// Colon returns the index value that a bare ':' stands for (all elements).
func Colon() Value { return Value{k: kindRef, r: colonMarker{}} }

// IsColon reports whether v is the bare ':' index.
func (v Value) IsColon() bool {
	_, ok := v.r.(colonMarker)
	return v.k == kindRef && ok
}
