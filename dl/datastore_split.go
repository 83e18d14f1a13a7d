package dl

import (
	"math"
	"sort"
	"strings"

	"gomat/builtins"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.RegisterMethods(imdsClass, []interp.Builtin{
		{Name: "shuffle", Fn: imdsShuffle, Doc: "imds2 = shuffle(imds): a copy with the files in random order (the rng stream)"},
		{Name: "subset", Fn: imdsSubset, Doc: "imds2 = subset(imds, indices): a datastore of the files at indices (numeric or logical)"},
		{Name: "numpartitions", Fn: imdsNumpartitions, Doc: "n = numpartitions(imds): the default number of partitions, one per file"},
		{Name: "partition", Fn: imdsPartition, Doc: "imds2 = partition(imds, n, i): the i-th of n contiguous parts"},
		{Name: "splitEachLabel", Fn: imdsSplitEachLabel, Doc: "[imds1, imds2, ...] = splitEachLabel(imds, p1, ..., 'randomized', 'Include', labels, 'Exclude', labels): split every label by proportions or counts"},
		{Name: "countEachLabel", Fn: imdsCountEachLabel, Doc: "T = countEachLabel(imds): table of Label and Count"},
	})
}

// permutation returns a random order of 0..n-1: the order that sorts n
// uniform draws, as MATLAB's randperm(n) does.
func permutation(rng randSource, n int) []int {
	keys := make([]float64, n)
	idx := make([]int, n)
	for i := range keys {
		keys[i] = rng.Float64()
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	return idx
}

func imdsShuffle(c *interp.Call) ([]value.Value, error) {
	d, err := imdsArg(c, 0)
	if err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(d.derive(permutation(builtins.RandStream(c.In), len(d.files))))}, nil
}

func imdsSubset(c *interp.Call) ([]value.Value, error) {
	var dv, iv value.Value
	if err := c.Unpack("imds", &dv, "indices", &iv); err != nil {
		return nil, err
	}
	d, err := imdsArg(c, 0)
	if err != nil {
		return nil, err
	}
	xs, err := value.ToFloat64(iv)
	if err != nil {
		return nil, value.Errorf("MATLAB:datastoreio:imagedatastore:invalidSubsetIndices", "Subset indices must be a vector of positive integers or a logical vector.")
	}
	var idx []int
	if iv.Class() == value.Logical {
		if len(xs) > len(d.files) {
			return nil, subsetRangeError(len(d.files))
		}
		for i, x := range xs {
			if x != 0 {
				idx = append(idx, i)
			}
		}
	} else {
		for _, x := range xs {
			if x != math.Trunc(x) || x < 1 {
				return nil, value.Errorf("MATLAB:datastoreio:imagedatastore:invalidSubsetIndices", "Subset indices must be a vector of positive integers or a logical vector.")
			}
			if x > float64(len(d.files)) {
				return nil, subsetRangeError(len(d.files))
			}
			idx = append(idx, int(x)-1)
		}
	}
	return []value.Value{value.FromRef(d.derive(idx))}, nil
}

func subsetRangeError(n int) error {
	return value.Errorf("MATLAB:datastoreio:imagedatastore:subsetIndexOutOfRange", "Subset indices must not exceed the number of files in the datastore (%d).", n)
}

func imdsNumpartitions(c *interp.Call) ([]value.Value, error) {
	d, err := imdsArg(c, 0)
	if err != nil {
		return nil, err
	}
	return []value.Value{value.Num(float64(len(d.files)))}, nil
}

// imdsPartition is partition(imds, n, i): the files split into n
// contiguous parts whose sizes differ by at most one, earlier parts larger.
func imdsPartition(c *interp.Call) ([]value.Value, error) {
	var dv value.Value
	var n, i int
	if err := c.Unpack("imds", &dv, "n", &n, "index", &i); err != nil {
		return nil, err
	}
	d, err := imdsArg(c, 0)
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, value.Errorf("MATLAB:datastoreio:splittabledatastore:invalidPartitionNumber", "Number of partitions must be a positive integer.")
	}
	if i < 1 || i > n {
		return nil, value.Errorf("MATLAB:datastoreio:splittabledatastore:invalidPartitionIndex", "Partition index must be a positive integer less than or equal to the number of partitions (%d).", n)
	}
	total := len(d.files)
	start := (i-1)*(total/n) + min(i-1, total%n)
	size := total / n
	if i <= total%n {
		size++
	}
	idx := make([]int, size)
	for k := range idx {
		idx[k] = start + k
	}
	return []value.Value{value.FromRef(d.derive(idx))}, nil
}

func imdsCountEachLabel(c *interp.Call) ([]value.Value, error) {
	d, err := imdsArg(c, 0)
	if err != nil {
		return nil, err
	}
	if !d.labels.labeled() {
		return nil, value.Errorf("MATLAB:datastoreio:imagedatastore:emptyLabels", "countEachLabel requires non-empty Labels property.")
	}
	cats := d.labels.cats
	counts := make([]float64, len(cats))
	codes := make([]int, len(cats))
	for i := range codes {
		codes[i] = i + 1
	}
	for _, k := range d.labels.codes {
		if k > 0 {
			counts[k-1]++
		}
	}
	t, err := builtins.NewTable([]string{"Label", "Count"}, []value.Value{value.FromRef(d.labels.categorical(codes)), value.ColVector(counts)})
	if err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(t)}, nil
}

// splitArgs are the parsed arguments of splitEachLabel.
type splitArgs struct {
	parts      []float64
	randomized bool
	include    map[string]bool // nil: every label
	exclude    map[string]bool
}

// parseSplitArgs reads p1, ..., pN, 'randomized' and the Include and
// Exclude options.
func parseSplitArgs(args []value.Value) (splitArgs, error) {
	var s splitArgs
	i := 0
	for ; i < len(args); i++ {
		if _, isText := args[i].Text(); isText {
			break
		}
		x, err := value.ScalarFloat(args[i])
		if err != nil || x < 0 || math.IsNaN(x) || math.IsInf(x, 0) {
			return s, value.Errorf("MATLAB:datastoreio:imagedatastore:invalidSplitValue", "Split values must be proportions between 0 and 1 or nonnegative integer numbers of files.")
		}
		s.parts = append(s.parts, x)
	}
	if len(s.parts) == 0 {
		return s, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	for ; i < len(args); i++ {
		name, _ := args[i].Text()
		switch {
		case strings.EqualFold(name, "randomized"):
			s.randomized = true
		case strings.EqualFold(name, "Include") || strings.EqualFold(name, "Exclude"):
			if i+1 >= len(args) {
				return s, value.Errorf("MATLAB:InputParser:ParamMissingValue", "Name-value argument '%s' has no value. Name-value arguments must occur in pairs.", name)
			}
			set, err := labelNameSet(args[i+1])
			if err != nil {
				return s, err
			}
			if strings.EqualFold(name, "Include") {
				s.include = set
			} else {
				s.exclude = set
			}
			i++
		default:
			return s, value.Errorf("MATLAB:InputParser:UnmatchedParameter", "'%s' is not a recognized parameter. For a list of valid name-value pair arguments, see the documentation for this function.", name)
		}
	}
	return s, nil
}

// labelNameSet reads the labels given to Include or Exclude.
func labelNameSet(v value.Value) (map[string]bool, error) {
	names, ok := interp.TextList(v)
	if cat, isCat := v.Ref().(*builtins.Categorical); isCat {
		names, ok = cat.Labels(), true
	}
	if !ok {
		return nil, value.Errorf("MATLAB:datastoreio:imagedatastore:invalidIncludeExclude", "Include and Exclude must be label names: text or categorical.")
	}
	set := map[string]bool{}
	for _, n := range names {
		set[n] = true
	}
	return set, nil
}
