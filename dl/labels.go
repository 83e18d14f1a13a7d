package dl

import (
	"gomat/builtins"
	"gomat/lang/value"
)

// categoricalColumn returns an N×1 categorical of labels over cats.
func categoricalColumn(labels, cats []string) *builtins.Categorical {
	return builtins.NewCategorical(labels, cats)
}

// categoriesOf returns the categories of a categorical value.
func categoriesOf(v value.Value) ([]string, bool) {
	c, ok := v.Ref().(*builtins.Categorical)
	if !ok {
		return nil, false
	}
	return c.Categories(), true
}

// labelCodes returns the 0-based category index of every element of a
// categorical value (-1 for <undefined>) and its categories.
func labelCodes(v value.Value) ([]int, []string, bool) {
	c, ok := v.Ref().(*builtins.Categorical)
	if !ok {
		return nil, nil, false
	}
	codes := c.Codes()
	for i := range codes {
		codes[i]--
	}
	return codes, c.Categories(), true
}
