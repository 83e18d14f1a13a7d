package builtins

import (
	"sort"

	"gomat/lang/value"
)

// Categorical is MATLAB's categorical array: an N-d array of codes into a
// list of category names. Code 0 is <undefined>. Ordinal arrays order their
// categories as listed. Values have value semantics: operations return new
// arrays and never change their operands.
type Categorical struct {
	codes   *value.Array // double codes, 1-based; 0 is <undefined>
	cats    []string
	ordinal bool
}

// undefinedLabel is how an undefined element displays.
const undefinedLabel = "<undefined>"

// NewCategorical returns an N×1 categorical array of labels. With
// categories nil, the categories are the sorted unique non-empty labels;
// otherwise they are categories in the given order, and labels not among
// them (and empty labels) are <undefined>.
func NewCategorical(labels []string, categories []string) *Categorical {
	if categories == nil {
		categories = sortedUnique(labels)
	}
	return newCategoricalCodes(labels, categories, value.Dims{len(labels), 1})
}

// newCategoricalCodes codes labels (column-major, size d) against cats.
func newCategoricalCodes(labels, cats []string, d value.Dims) *Categorical {
	pos := make(map[string]int, len(cats))
	for i, c := range cats {
		pos[c] = i + 1
	}
	codes := value.NewArray(value.Double, d)
	for i, l := range labels {
		codes.Re[i] = float64(pos[l])
	}
	return &Categorical{codes: codes, cats: append([]string(nil), cats...)}
}

// sortedUnique returns the distinct non-empty strings of xs in sorted order.
func sortedUnique(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// Codes returns the category number of each element in column-major order:
// 1-based positions in Categories, 0 for <undefined>.
func (c *Categorical) Codes() []int {
	out := make([]int, len(c.codes.Re))
	for i, x := range c.codes.Re {
		out[i] = int(x)
	}
	return out
}

// Categories returns the category names in order.
func (c *Categorical) Categories() []string { return append([]string(nil), c.cats...) }

// IsOrdinal reports whether the categories are ordered.
func (c *Categorical) IsOrdinal() bool { return c.ordinal }

// Labels returns each element's category name in column-major order, ""
// for <undefined>.
func (c *Categorical) Labels() []string {
	out := make([]string, len(c.codes.Re))
	for i, x := range c.codes.Re {
		if x > 0 {
			out[i] = c.cats[int(x)-1]
		}
	}
	return out
}

// Class returns value.ObjectClass.
func (c *Categorical) Class() value.Class { return value.ObjectClass }

// Size returns the array's size.
func (c *Categorical) Size() value.Dims { return c.codes.Size() }

// ClassName returns "categorical".
func (c *Categorical) ClassName() string { return "categorical" }

// withCodes returns a categorical with c's categories and the given codes.
func (c *Categorical) withCodes(codes *value.Array) *Categorical {
	return &Categorical{codes: codes, cats: c.cats, ordinal: c.ordinal}
}

// label returns the display name of element i.
func (c *Categorical) label(i int) string {
	if k := int(c.codes.Re[i]); k > 0 {
		return c.cats[k-1]
	}
	return undefinedLabel
}

// categoryIndex returns the 1-based position of name among the
// categories, or 0.
func (c *Categorical) categoryIndex(name string) int {
	for i, x := range c.cats {
		if x == name {
			return i + 1
		}
	}
	return 0
}
