package builtins

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf16"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// strProps are isstrprop's categories.
var strProps = map[string]func(rune) bool{
	"alpha":    unicode.IsLetter,
	"digit":    unicode.IsDigit,
	"alphanum": func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) },
	"lower":    unicode.IsLower,
	"upper":    unicode.IsUpper,
	"wspace":   isWhite,
	"punct":    func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) },
	"cntrl":    unicode.IsControl,
	"graphic":  isGraphic,
	"print":    func(r rune) bool { return r == ' ' || isGraphic(r) },
	"xdigit": func(r rune) bool {
		return r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F'
	},
}

// isGraphic is isstrprop's 'graphic': a visible character, so neither a
// separator nor a control.
func isGraphic(r rune) bool { return unicode.IsGraphic(r) && !unicode.Is(unicode.Z, r) }

// charProps tests every character code of a char or numeric array,
// keeping its size.
func charProps(a *value.Array, pred func(rune) bool) value.Value {
	bs := make([]bool, len(a.Re))
	for i, x := range a.Re {
		bs[i] = pred(rune(x))
	}
	return boolArray(a.Size().Clone(), bs)
}

// textProps tests the characters of one piece of text as a 1×n row.
func textProps(s string, pred func(rune) bool) value.Value {
	a, _ := charRow(s).Array()
	return charProps(a, pred)
}

func biIsstrprop(c *interp.Call) ([]value.Value, error) {
	var str value.Value
	var category string
	force := false
	if err := c.Unpack("str", &str, "category", &category, "-ForceCellOutput", &force); err != nil {
		return nil, err
	}
	pred, ok := strProps[strings.ToLower(category)]
	if !ok {
		return nil, value.Errorf("MATLAB:isstrprop:InvalidCategory", "Category '%s' is not valid. Valid categories are 'alpha', 'alphanum', 'cntrl', 'digit', 'graphic', 'lower', 'print', 'punct', 'wspace', 'upper', and 'xdigit'.", category)
	}
	var tf value.Value
	switch str.Ref().(type) {
	case *value.StringArray, *value.Cell:
		t, ok := readTexts(str)
		if !ok {
			return nil, value.Errorf("MATLAB:isstrprop:InvalidInput", "Input must be a character array, string array, cell array of character vectors, or numeric array.")
		}
		if t.kind == kindString && len(t.elems) == 1 {
			tf = textProps(t.elems[0], pred)
			break
		}
		vals := make([]value.Value, len(t.elems))
		for i, s := range t.elems {
			vals[i] = textProps(s, pred)
		}
		return one(value.FromRef(value.NewCellFrom(t.dims.Clone(), vals)))
	default:
		a, ok := str.Array()
		if !ok {
			return nil, value.Errorf("MATLAB:isstrprop:InvalidInput", "Input must be a character array, string array, cell array of character vectors, or numeric array.")
		}
		tf = charProps(a, pred)
	}
	if force {
		return one(value.FromRef(value.NewCellFrom(value.Dims{1, 1}, []value.Value{tf})))
	}
	return one(tf)
}

func biIsletter(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("A", &v); err != nil {
		return nil, err
	}
	if s, ok := v.Ref().(*value.StringArray); ok && s.Size().IsScalar() && (s.Missing == nil || !s.Missing[0]) {
		return one(textProps(s.Elems[0], unicode.IsLetter))
	}
	a, ok := v.Array()
	if !ok || a.Class() != value.Char {
		return one(boolArray(v.Size().Clone(), make([]bool, v.Numel())))
	}
	return one(charProps(a, unicode.IsLetter))
}

func biStrlength(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("str", &v); err != nil {
		return nil, err
	}
	t, ok := readTexts(v)
	if !ok || t.kind == kindChar && len(t.elems) > 1 {
		return nil, value.Errorf("MATLAB:string:MustBeCharCellOrString", "Input must be a string array, character vector, or cell array of character vectors.")
	}
	n := make([]float64, len(t.elems))
	for i, s := range t.elems {
		if t.isMissing(i) {
			n[i] = math.NaN()
			continue
		}
		n[i] = float64(len(utf16.Encode([]rune(s))))
	}
	return one(numArray(t.dims.Clone(), n))
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "strlength", Fn: biStrlength, Doc: "L = strlength(str): number of characters of each element of a string array, char vector or cellstr; NaN for <missing>"},
		{Name: "isletter", Fn: biIsletter, Doc: "TF = isletter(A): true for the letters of a char array or string scalar; false (of the same size) for any other value"},
		{Name: "isstrprop", Fn: biIsstrprop, Doc: "TF = isstrprop(str, category), isstrprop(…, 'ForceCellOutput', tf): category 'alpha', 'alphanum', 'cntrl', 'digit', 'graphic', 'lower', 'print', 'punct', 'wspace', 'upper' or 'xdigit'; a cell of logical rows for cellstr and string arrays"},
	})
}
