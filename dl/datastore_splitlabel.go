package dl

import (
	"math"
	"sort"

	"gomat/builtins"
	"gomat/lang/interp"
	"gomat/lang/value"
)

// imdsSplitEachLabel is splitEachLabel(imds, p1, ..., pN, ...): N+1
// datastores; the j-th takes pj of every label's files (a proportion, or a
// number of files when every p is a whole number), the last the rest.
// Proportions round to the nearest whole number of files, as MATLAB's
// documented example does (0.6 of 6 files is 4). With 'randomized', each
// label's files are drawn in random order (the rng stream); each output
// keeps the datastore's file order.
func imdsSplitEachLabel(c *interp.Call) ([]value.Value, error) {
	d, err := imdsArg(c, 0)
	if err != nil {
		return nil, err
	}
	if !d.labels.labeled() {
		return nil, value.Errorf("MATLAB:datastoreio:imagedatastore:emptyLabels", "splitEachLabel requires non-empty Labels property.")
	}
	s, err := parseSplitArgs(c.Args[1:])
	if err != nil {
		return nil, err
	}
	byCount, err := splitByCount(s.parts)
	if err != nil {
		return nil, err
	}
	groups := d.labelGroups(s)
	if byCount {
		for _, g := range groups {
			if sum := splitTotal(s.parts); sum > float64(len(g)) {
				return nil, value.Errorf("MATLAB:datastoreio:imagedatastore:invalidSplitCount", "The total number of files to split (%g) must not exceed the number of files of the smallest label (%d).", sum, len(g))
			}
		}
	}
	var rng randSource
	if s.randomized {
		rng = builtins.RandStream(c.In)
	}
	outs := make([][]int, len(s.parts)+1)
	for _, g := range groups {
		if rng != nil {
			perm := permutation(rng, len(g))
			shuffled := make([]int, len(g))
			for i, p := range perm {
				shuffled[i] = g[p]
			}
			g = shuffled
		}
		total := len(g)
		for j, p := range s.parts {
			k := int(p)
			if !byCount {
				k = int(math.Round(p * float64(total)))
			}
			k = min(k, len(g))
			outs[j] = append(outs[j], g[:k]...)
			g = g[k:]
		}
		outs[len(s.parts)] = append(outs[len(s.parts)], g...)
	}
	res := make([]value.Value, len(outs))
	for j, idx := range outs {
		sort.Ints(idx)
		res[j] = value.FromRef(d.derive(idx))
	}
	return res, nil
}

// splitByCount reports whether split values are numbers of files (all
// whole) rather than proportions (all at most 1), or MATLAB's error for a
// mixture or for proportions adding up to more than 1.
func splitByCount(parts []float64) (bool, error) {
	whole := true
	for _, p := range parts {
		if p != math.Trunc(p) {
			whole = false
		}
	}
	if whole && splitTotal(parts) >= 1 {
		return true, nil
	}
	for _, p := range parts {
		if p > 1 {
			return false, value.Errorf("MATLAB:datastoreio:imagedatastore:invalidSplitValue", "Split values must be all proportions between 0 and 1 or all whole numbers of files.")
		}
	}
	if splitTotal(parts) > 1 {
		return false, value.Errorf("MATLAB:datastoreio:imagedatastore:invalidSplitProportion", "The sum of the proportions must not exceed 1.")
	}
	return false, nil
}

func splitTotal(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

// labelGroups returns, for every label kept by Include and Exclude in
// category order, the positions of its files in datastore order. Files
// with undefined labels, and categories without files, form no group.
func (d *ImageDatastore) labelGroups(s splitArgs) [][]int {
	byCode := make([][]int, len(d.labels.cats)+1)
	for i, k := range d.labels.codes {
		byCode[k] = append(byCode[k], i)
	}
	var groups [][]int
	for k, name := range d.labels.cats {
		if len(byCode[k+1]) == 0 || (s.include != nil && !s.include[name]) || s.exclude[name] {
			continue
		}
		groups = append(groups, byCode[k+1])
	}
	return groups
}
