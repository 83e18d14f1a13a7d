package dl

import (
	"path/filepath"
	"sort"

	"gomat/builtins"
	"gomat/lang/interp"
	"gomat/lang/value"
)

// labelSet is the Labels property of a datastore: one code per file,
// 1-based into cats, 0 for <undefined>. A nil codes slice means the
// datastore has no labels.
type labelSet struct {
	codes []int
	cats  []string
}

// labeled reports whether the datastore has labels.
func (l labelSet) labeled() bool { return l.codes != nil }

// value returns the labels as an n×1 categorical, or {} when there are
// none.
func (l labelSet) value() value.Value {
	if !l.labeled() {
		return value.FromRef(value.NewCell(value.Dims{0, 0}))
	}
	return value.FromRef(l.categorical(l.codes))
}

// categorical returns a categorical column of codes over l's categories.
func (l labelSet) categorical(codes []int) *builtins.Categorical {
	names := make([]string, len(codes))
	for i, c := range codes {
		if c > 0 {
			names[i] = l.cats[c-1]
		}
	}
	return builtins.NewCategorical(names, append([]string{}, l.cats...))
}

// pick returns the labels of the files at positions idx.
func (l labelSet) pick(idx []int) labelSet {
	if !l.labeled() {
		return l
	}
	codes := make([]int, len(idx))
	for i, k := range idx {
		codes[i] = l.codes[k]
	}
	return labelSet{codes: codes, cats: l.cats}
}

// folderLabels labels each file with the name of its folder
// (LabelSource 'foldernames').
func folderLabels(files []string) labelSet {
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = filepath.Base(filepath.Dir(f))
	}
	return textLabels(names)
}

// textLabels codes names against their sorted distinct values, as
// categorical(names) does.
func textLabels(names []string) labelSet {
	seen := map[string]bool{}
	var cats []string
	for _, n := range names {
		if n != "" && !seen[n] {
			seen[n] = true
			cats = append(cats, n)
		}
	}
	sort.Strings(cats)
	pos := make(map[string]int, len(cats))
	for i, c := range cats {
		pos[c] = i + 1
	}
	codes := make([]int, len(names))
	for i, n := range names {
		codes[i] = pos[n]
	}
	return labelSet{codes: codes, cats: cats}
}

// labelsFromValue reads a Labels value given for n files: a categorical
// vector, or text (cellstr, string array) that becomes one. {} or []
// removes the labels.
func labelsFromValue(v value.Value, n int) (labelSet, error) {
	if v.IsEmpty() && n > 0 {
		if _, isCat := v.Ref().(*builtins.Categorical); !isCat {
			return labelSet{}, nil
		}
	}
	if c, ok := v.Ref().(*builtins.Categorical); ok {
		if c.Size().Numel() != n {
			return labelSet{}, labelCountError(n)
		}
		return labelSet{codes: c.Codes(), cats: c.Categories()}, nil
	}
	if names, ok := interp.TextList(v); ok {
		if len(names) != n {
			return labelSet{}, labelCountError(n)
		}
		return textLabels(names), nil
	}
	return labelSet{}, value.Errorf("MATLAB:datastoreio:imagedatastore:invalidLabels", "Labels must be a categorical vector, a cell array of character vectors or a string array.")
}

func labelCountError(n int) error {
	return value.Errorf("MATLAB:datastoreio:imagedatastore:invalidLabelsLength", "Number of Labels must match the number of files (%d).", n)
}
