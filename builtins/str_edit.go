package builtins

import (
	"fmt"
	"slices"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// readEditText reads the text argument of erase, count, insertAfter and
// strjust; a char matrix is rejected unless rows is set.
func readEditText(fn string, v value.Value, rows bool) (texts, error) {
	t, ok := readTexts(v)
	if !ok || !rows && t.kind == kindChar && len(t.elems) > 1 {
		return texts{}, value.Errorf("MATLAB:"+fn+":InvalidInput", "First argument must be text.")
	}
	return t, nil
}

func biErase(c *interp.Call) ([]value.Value, error) {
	var str value.Value
	var match []string
	if err := c.Unpack("str", &str, "match", &match); err != nil {
		return nil, err
	}
	t, err := readEditText("erase", str, false)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(t.elems))
	for i, s := range t.elems {
		parts, _ := splitAt(s, match, false)
		out[i] = strings.Join(parts, "")
	}
	return one(t.value(out))
}

func biCount(c *interp.Call) ([]value.Value, error) {
	var str, patV value.Value
	ignore := false
	if err := c.Unpack("str", &str, "pattern", &patV, "-IgnoreCase", &ignore); err != nil {
		return nil, err
	}
	t, err := readEditText("count", str, false)
	if err != nil {
		return nil, err
	}
	pats, ok := interp.TextList(patV)
	if !ok {
		return nil, value.Errorf("MATLAB:count:InvalidSecondInput", "Search term must be a text or pattern array.")
	}
	if ignore {
		for i, p := range pats {
			pats[i] = strings.ToLower(p)
		}
	}
	n := make([]float64, len(t.elems))
	for i, s := range t.elems {
		if ignore {
			s = strings.ToLower(s)
		}
		_, matched := splitAt(s, pats, false)
		n[i] = float64(len(matched))
	}
	return one(numArray(t.dims.Clone(), n))
}

// elemOrScalar returns xs[i], or the only element of a scalar list.
func elemOrScalar[T any](xs []T, i int) T { return xs[min(i, len(xs)-1)] }

// insertText implements insertAfter and insertBefore: pos is a text to
// insert next to (every occurrence) or a character position.
func insertText(c *interp.Call, fn string, after bool) ([]value.Value, error) {
	var str, pos, newV value.Value
	if err := c.Unpack("str", &str, "pos", &pos, "newText", &newV); err != nil {
		return nil, err
	}
	t, err := readEditText(fn, str, false)
	if err != nil {
		return nil, err
	}
	news, ok := interp.TextList(newV)
	if !ok || len(news) != 1 && len(news) != len(t.elems) {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidThirdInput", "Third argument must be text of the same size as the first argument, or a scalar.")
	}
	var pats []string
	var nums []float64
	if isText(pos) {
		pats, _ = interp.TextList(pos)
	} else if nums, err = value.ToFloat64(pos); err != nil || len(nums) == 0 {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidSecondInput", "Second argument must be text or a numeric position.")
	}
	if len(pats) > 1 && len(pats) != len(t.elems) || len(nums) > 1 && len(nums) != len(t.elems) {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidSecondInput", "Second argument must be the same size as the first argument, or a scalar.")
	}
	out := make([]string, len(t.elems))
	for i, s := range t.elems {
		if t.isMissing(i) {
			continue
		}
		nt := elemOrScalar(news, i)
		if pats != nil {
			p := elemOrScalar(pats, i)
			if p == "" {
				out[i] = s
				continue
			}
			with := nt + p
			if after {
				with = p + nt
			}
			out[i] = strings.ReplaceAll(s, p, with)
			continue
		}
		rs := []rune(s)
		p := elemOrScalar(nums, i)
		k := int(p)
		if !after {
			k--
		}
		if float64(int(p)) != p || k < 0 || k > len(rs) {
			return nil, value.Errorf("MATLAB:"+fn+":PositionOutOfRange", "Numeric position exceeds the number of characters.")
		}
		out[i] = string(rs[:k]) + nt + string(rs[k:])
	}
	return one(t.value(out))
}

func biInsertAfter(c *interp.Call) ([]value.Value, error) {
	return insertText(c, "insertAfter", true)
}

func biInsertBefore(c *interp.Call) ([]value.Value, error) {
	return insertText(c, "insertBefore", false)
}

func biReverse(c *interp.Call) ([]value.Value, error) {
	var str value.Value
	if err := c.Unpack("str", &str); err != nil {
		return nil, err
	}
	return mapTexts("reverse", str, func(s string) string {
		rs := []rune(s)
		slices.Reverse(rs)
		return string(rs)
	})
}

// justify moves the white space around s to the given side ("left",
// "right" or "center"), keeping its characters.
func justify(s, side string) string {
	rs := []rune(s)
	lead := 0
	for lead < len(rs) && isWhite(rs[lead]) {
		lead++
	}
	end := len(rs)
	for end > lead && isWhite(rs[end-1]) {
		end--
	}
	ws := string(rs[:lead]) + string(rs[end:])
	core := string(rs[lead:end])
	switch side {
	case "left":
		return core + ws
	case "right":
		return ws + core
	}
	wr := []rune(ws)
	k := len(wr) / 2
	return string(wr[:k]) + core + string(wr[k:])
}

func biStrjust(c *interp.Call) ([]value.Value, error) {
	var str value.Value
	side := "right"
	if err := c.Unpack("str", &str, "side?", &side); err != nil {
		return nil, err
	}
	side = strings.ToLower(side)
	if side != "left" && side != "right" && side != "center" {
		return nil, value.Errorf("MATLAB:strjust:UnknownJustification", "Justification must be 'left', 'right', or 'center'.")
	}
	t, err := readEditText("strjust", str, true)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(t.elems))
	for i, s := range t.elems {
		out[i] = justify(s, side)
	}
	return one(t.value(out))
}

// regexSpecial are the characters regexptranslate('escape', …) escapes.
const regexSpecial = `\^$.|?*+()[]{}`

func biRegexptranslate(c *interp.Call) ([]value.Value, error) {
	var op string
	var str value.Value
	if err := c.Unpack("op", &op, "str", &str); err != nil {
		return nil, err
	}
	op = strings.ToLower(op)
	if op != "escape" && op != "wildcard" {
		return nil, value.Errorf("MATLAB:regexptranslate:UnknownOperation", "Operation must be 'escape' or 'wildcard'.")
	}
	if _, ok := readTexts(str); !ok {
		return nil, value.Errorf("MATLAB:regexptranslate:InvalidInput", "Second argument must be a character vector, string array, or cell array of character vectors.")
	}
	return mapTexts("regexptranslate", str, func(s string) string {
		var b strings.Builder
		for _, r := range s {
			switch {
			case op == "wildcard" && r == '*':
				b.WriteString(".*")
			case op == "wildcard" && r == '?':
				b.WriteByte('.')
			case op == "wildcard" && r == '.':
				b.WriteString(`\.`)
			case op == "escape" && strings.ContainsRune(regexSpecial, r):
				b.WriteByte('\\')
				b.WriteRune(r)
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	})
}

func biValidatestring(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, 5); err != nil {
		return nil, err
	}
	args := c.Args[2:]
	argIdx := 0
	if len(args) > 0 {
		if _, isNum := args[len(args)-1].Array(); isNum && !isText(args[len(args)-1]) {
			n, err := value.ScalarInt(args[len(args)-1])
			if err != nil {
				return nil, err
			}
			argIdx, args = n, args[:len(args)-1]
		}
	}
	var names [2]string // funcName, varName
	for i, a := range args {
		if i >= len(names) {
			return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
		}
		s, ok := a.Text()
		if !ok {
			return nil, value.Errorf("MATLAB:validatestring:invalidArgument", "Optional arguments must be a function name, a variable name and an argument index.")
		}
		names[i] = s
	}
	idPrefix := "MATLAB:validatestring:"
	if names[0] != "" {
		idPrefix = "MATLAB:" + names[0] + ":"
	}
	what := "input"
	switch {
	case argIdx > 0 && names[1] != "":
		what = fmt.Sprintf("input number %d, %s,", argIdx, names[1])
	case argIdx > 0:
		what = fmt.Sprintf("input number %d", argIdx)
	case names[1] != "":
		what = names[1]
	}
	valid, ok := interp.TextList(c.Args[1])
	if !ok || isText(c.Args[1]) && c.Args[1].Class() == value.Char {
		return nil, value.Errorf(idPrefix+"invalidStringArray", "Valid values must be a cell array of character vectors or a string array.")
	}
	str, ok := c.Args[0].Text()
	if !ok {
		return nil, value.Errorf(idPrefix+"invalidType", "Expected %s to be one of these types:\n\nchar, string\n\nInstead its type was %s.", what, c.Args[0].Class())
	}
	quoted := make([]string, len(valid))
	for i, v := range valid {
		quoted[i] = "'" + v + "'"
	}
	list := fmt.Sprintf("Expected %s to match one of these values:\n\n%s\n\n", what, strings.Join(quoted, ", "))
	var hits []string
	for _, v := range valid {
		if strings.EqualFold(v, str) {
			hits = []string{v}
			break
		}
		if str != "" && strings.HasPrefix(strings.ToLower(v), strings.ToLower(str)) {
			hits = append(hits, v)
		}
	}
	if len(hits) == 0 {
		return nil, value.Errorf(idPrefix+"unrecognizedStringChoice", "%sThe input, '%s', did not match any of the valid values.", list, str)
	}
	shortest := slices.MinFunc(hits, func(a, b string) int { return len(a) - len(b) })
	for _, h := range hits {
		if !strings.HasPrefix(strings.ToLower(h), strings.ToLower(shortest)) {
			return nil, value.Errorf(idPrefix+"ambiguousStringChoice", "%sThe input, %s, matched more than one valid value.", list, str)
		}
	}
	if isStringValue(c.Args[0]) {
		return one(stringArray(value.Dims{1, 1}, []string{shortest}))
	}
	return one(charRow(shortest))
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "erase", Fn: biErase, Doc: "newStr = erase(str, match): deletes every occurrence of match (a text or a list of texts)"},
		{Name: "count", Fn: biCount, Doc: "n = count(str, pattern), count(…, 'IgnoreCase', tf): non-overlapping occurrences of pattern (a text or a list) in each element of str"},
		{Name: "insertAfter", Fn: biInsertAfter, Doc: "newStr = insertAfter(str, startStr, newText), insertAfter(str, startPos, newText)"},
		{Name: "insertBefore", Fn: biInsertBefore, Doc: "newStr = insertBefore(str, endStr, newText), insertBefore(str, endPos, newText)"},
		{Name: "reverse", Fn: biReverse, Doc: "newStr = reverse(str): the characters of each element in reverse order"},
		{Name: "strjust", Fn: biStrjust, Doc: "newStr = strjust(str), strjust(str, 'left'|'right'|'center'): moves white space to justify char rows, cellstr or string elements"},
		{Name: "regexptranslate", Fn: biRegexptranslate, Doc: "newStr = regexptranslate('escape'|'wildcard', str)"},
		{Name: "validatestring", Fn: biValidatestring, Doc: "matchedStr = validatestring(str, validStrings), validatestring(…, argIdx), validatestring(str, validStrings, funcName, varName, argIdx): case-insensitive unambiguous prefix match"},
	})
}
