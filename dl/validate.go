package dl

import (
	"math"
	"strings"

	"gomat/lang/value"
)

// validator checks option values with the messages MATLAB's
// validateattributes and validatestring give inside an input parser:
// "The value of 'X' is invalid. Expected X to be positive."
type validator struct {
	fn   string // the function whose arguments are checked, for ids
	name string // the option being checked
}

// invalid is the error for a value failing a check.
func (v validator) invalid(expect string) error {
	return value.Errorf("MATLAB:"+v.fn+":invalidValue", "The value of '%s' is invalid. Expected %s to be %s.", v.name, v.name, expect)
}

// scalar reads a real numeric or logical scalar.
func (v validator) scalar(x value.Value) (float64, error) {
	cls := x.Class()
	if !(cls.IsNumeric() || cls == value.Logical) || x.Numel() != 1 {
		return 0, v.invalid("a scalar")
	}
	if a, ok := x.Ref().(*value.Array); ok && a.IsComplex() {
		return 0, v.invalid("real")
	}
	f, err := value.ScalarFloat(x)
	if err != nil {
		return 0, v.invalid("a scalar")
	}
	return f, nil
}

// positive reads a positive scalar (Inf allowed when inf is true).
func (v validator) positive(x value.Value, inf bool) (float64, error) {
	f, err := v.scalar(x)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(f) {
		return 0, v.invalid("non-NaN")
	}
	if !inf && math.IsInf(f, 0) {
		return 0, v.invalid("finite")
	}
	if f <= 0 {
		return 0, v.invalid("positive")
	}
	return f, nil
}

// nonnegative reads a finite nonnegative scalar.
func (v validator) nonnegative(x value.Value) (float64, error) {
	f, err := v.scalar(x)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, v.invalid("finite")
	}
	if f < 0 {
		return 0, v.invalid("nonnegative")
	}
	return f, nil
}

// posInt reads a positive integer scalar (Inf allowed when inf is true).
func (v validator) posInt(x value.Value, inf bool) (float64, error) {
	f, err := v.positive(x, inf)
	if err != nil {
		return 0, err
	}
	if !math.IsInf(f, 1) && f != math.Trunc(f) {
		return 0, v.invalid("integer-valued")
	}
	return f, nil
}

// unit reads a scalar in [0, 1] (or [0, 1) when open is true).
func (v validator) unit(x value.Value, open bool) (float64, error) {
	f, err := v.nonnegative(x)
	if err != nil {
		return 0, err
	}
	if open && f >= 1 {
		return 0, v.invalid("less than 1")
	}
	if f > 1 {
		return 0, v.invalid("less than or equal to 1")
	}
	return f, nil
}

// logical reads a logical or numeric 0/1 scalar.
func (v validator) logical(x value.Value) (bool, error) {
	f, err := v.scalar(x)
	if err != nil || (f != 0 && f != 1) {
		return false, value.Errorf("MATLAB:"+v.fn+":invalidValue", "The value of '%s' is invalid. Value must be a logical scalar (true or false).", v.name)
	}
	return f != 0, nil
}

// choice matches text against the valid values case-insensitively (and by
// unambiguous prefix, as validatestring does) and returns the canonical
// spelling, or validatestring's error.
func (v validator) choice(x value.Value, valid ...string) (string, error) {
	s, ok := x.Text()
	if ok {
		if c, found := matchChoice(s, valid); found {
			return c, nil
		}
	}
	quoted := make([]string, len(valid))
	for i, c := range valid {
		quoted[i] = "'" + c + "'"
	}
	got := ""
	if ok {
		got = ", '" + s + "',"
	}
	return "", value.Errorf("MATLAB:"+v.fn+":invalidValue", "The value of '%s' is invalid. Expected input to match one of these values:\n\n%s\n\nThe input%s did not match any of the valid values.", v.name, strings.Join(quoted, ", "), got)
}

// matchChoice finds s among valid: an exact case-insensitive match, or the
// only value s is a prefix of.
func matchChoice(s string, valid []string) (string, bool) {
	if s == "" {
		return "", false
	}
	var hit []string
	for _, c := range valid {
		if strings.EqualFold(s, c) {
			return c, true
		}
		if len(s) < len(c) && strings.EqualFold(s, c[:len(s)]) {
			hit = append(hit, c)
		}
	}
	if len(hit) == 1 {
		return hit[0], true
	}
	return "", false
}
