package interp

import (
	"fmt"
	"strings"

	"gomat/lang/value"
)

// Unpack assigns the call's arguments to variables, as starlark-go's
// UnpackArgs does, so that built-ins never re-implement argument parsing.
//
// spec alternates names and pointers. A plain name is a required positional
// argument, "name?" an optional one (left unchanged when absent), and
// "-Name" a Name-Value option matched case-insensitively after the
// positional arguments. Supported pointer types:
//
//	*value.Value  any value
//	*float64      real numeric or logical scalar
//	*int          integer-valued scalar
//	*bool         logical or numeric scalar
//	*string       char row vector or string scalar
//	*[]float64    numeric vector (any shape, read column-major)
//	*[]string     char row, string array or cell array of char rows
//
// Errors use MATLAB's wording: "Not enough input arguments.", "Too many
// input arguments.", "Invalid argument at position N. …", and
// "'X' is not a recognized parameter. …".
func (c *Call) Unpack(spec ...any) error {
	if len(spec)%2 != 0 {
		panic("interp: Unpack spec must pair names with pointers")
	}
	type opt struct {
		name string
		dst  any
	}
	var opts []opt
	npos, nreq := 0, 0
	for i := 0; i < len(spec); i += 2 {
		name := spec[i].(string)
		switch {
		case strings.HasPrefix(name, "-"):
			opts = append(opts, opt{name[1:], spec[i+1]})
		case strings.HasSuffix(name, "?"):
			npos++
		default:
			if npos != nreq {
				panic("interp: required argument after optional one in Unpack: " + name)
			}
			npos++
			nreq++
		}
	}
	args := c.Args
	// Positional arguments end where the Name-Value pairs begin.
	end := min(len(args), npos)
	if len(opts) > 0 {
		for i := nreq; i < end; i++ {
			if s, ok := args[i].Text(); ok && matchOption(s, opts, func(o opt) string { return o.name }) >= 0 {
				end = i
				break
			}
		}
	}
	if end < nreq {
		return value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	rest := args[end:]
	if len(opts) == 0 && len(rest) > 0 {
		return value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	pos := 0
	for i := 0; i < len(spec); i += 2 {
		name := spec[i].(string)
		if strings.HasPrefix(name, "-") {
			continue
		}
		if pos < end {
			if err := convertArg(args[pos], spec[i+1], pos+1); err != nil {
				return err
			}
		}
		pos++
	}
	if len(rest)%2 != 0 {
		if s, ok := rest[len(rest)-1].Text(); ok {
			return value.Errorf("MATLAB:InputParser:ParamMissingValue", "Name-value argument '%s' has no value. Name-value arguments must occur in pairs.", s)
		}
		return value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	for i := 0; i < len(rest); i += 2 {
		s, ok := rest[i].Text()
		if !ok {
			return value.Errorf("MATLAB:InputParser:ParamMustBeChar", "Expected a string scalar or character vector for the parameter name.")
		}
		k := matchOption(s, opts, func(o opt) string { return o.name })
		if k < 0 {
			return value.Errorf("MATLAB:InputParser:UnmatchedParameter", "'%s' is not a recognized parameter. For a list of valid name-value pair arguments, see the documentation for this function.", s)
		}
		if err := convertOption(rest[i+1], opts[k].dst, opts[k].name); err != nil {
			return err
		}
	}
	return nil
}

func matchOption[T any](s string, opts []T, name func(T) string) int {
	for i, o := range opts {
		if strings.EqualFold(s, name(o)) {
			return i
		}
	}
	return -1
}

func convertArg(v value.Value, dst any, pos int) error {
	if msg := convertInto(v, dst); msg != "" {
		return value.Errorf("MATLAB:validation:IncompatibleSize", "Invalid argument at position %d. %s", pos, msg)
	}
	return nil
}

func convertOption(v value.Value, dst any, name string) error {
	if msg := convertInto(v, dst); msg != "" {
		return value.Errorf("MATLAB:InputParser:ArgumentFailedValidation", "Invalid value for '%s' argument. %s", name, msg)
	}
	return nil
}

// convertInto stores v into dst, or returns why it cannot.
func convertInto(v value.Value, dst any) string {
	switch d := dst.(type) {
	case *value.Value:
		*d = v
	case *float64:
		x, err := value.ScalarFloat(v)
		if err != nil {
			return "Value must be a scalar."
		}
		*d = x
	case *int:
		x, err := value.ScalarFloat(v)
		if err != nil || x != float64(int(x)) {
			return "Value must be an integer scalar."
		}
		*d = int(x)
	case *bool:
		x, err := value.ScalarFloat(v)
		if err != nil {
			return "Value must be a logical scalar."
		}
		*d = x != 0
	case *string:
		s, ok := v.Text()
		if !ok {
			return "Value must be a character vector or string scalar."
		}
		*d = s
	case *[]float64:
		xs, err := value.ToFloat64(v)
		if err != nil {
			return "Value must be numeric."
		}
		*d = xs
	case *[]string:
		ss, ok := TextList(v)
		if !ok {
			return "Value must be a character vector, string array or cell array of character vectors."
		}
		*d = ss
	default:
		panic(fmt.Sprintf("interp: Unpack cannot store into %T", dst))
	}
	return ""
}

// TextList reads a char row vector, a string array or a cell array of char
// row vectors as a list of strings.
func TextList(v value.Value) ([]string, bool) {
	if s, ok := v.Text(); ok {
		return []string{s}, true
	}
	switch r := v.Ref().(type) {
	case *value.StringArray:
		return append([]string(nil), r.Elems...), true
	case *value.Cell:
		out := make([]string, len(r.Elems))
		for i, e := range r.Elems {
			s, ok := e.Text()
			if !ok {
				return nil, false
			}
			out[i] = s
		}
		return out, true
	}
	return nil, false
}
