package dl

import (
	"math"

	"gomat/builtins"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.RegisterMethods("augmentedImageDatastore", []interp.Builtin{
		{Name: "read", Fn: auRead, Doc: "[data, info] = read(auimds): the next mini-batch, a table with variables input (cell of images) and response (categorical)"},
		{Name: "readByIndex", Fn: auReadByIndex, Doc: "[data, info] = readByIndex(auimds, ind): the observations at ind, as a table"},
		{Name: "hasdata", Fn: auHasdata, Doc: "tf = hasdata(auimds): whether read has observations left"},
		{Name: "reset", Fn: auReset, Doc: "reset(auimds): go back to the first mini-batch"},
		{Name: "shuffle", Fn: auShuffle, Doc: "auimds2 = shuffle(auimds): a copy reading the observations in random order"},
		{Name: "subset", Fn: auSubset, Doc: "auimds2 = subset(auimds, ind): a copy reading the observations at ind"},
	})
}

// auArg returns the first argument as an augmentedImageDatastore.
func auArg(c *interp.Call) (*AugmentedImageDatastore, error) {
	if len(c.Args) > 0 {
		if a, ok := c.Args[0].Ref().(*AugmentedImageDatastore); ok {
			return a, nil
		}
	}
	return nil, value.Errorf("MATLAB:invalidType", "Expected input to be an augmentedImageDatastore.")
}

// batch renders the observations at positions pos of the current order as
// read's table (input, and response when there are labels) and info
// struct.
func (a *AugmentedImageDatastore) batch(pos []int) ([]value.Value, error) {
	ids := make([]int, len(pos))
	for k, p := range pos {
		ids[k] = a.order[p]
	}
	imgs, err := a.p.images(ids, a.rng)
	if err != nil {
		return nil, err
	}
	cells := make([]value.Value, len(imgs))
	for k, img := range imgs {
		cells[k] = value.FromRef(img.array())
	}
	names := []string{"input"}
	cols := []value.Value{value.FromRef(value.NewCellFrom(value.Dims{len(cells), 1}, cells))}
	if a.labels.labeled() {
		names = append(names, "response")
		cols = append(cols, value.FromRef(a.labels.categorical(a.labels.pick(ids).codes)))
	}
	t, err := builtins.NewTable(names, cols)
	if err != nil {
		return nil, err
	}
	info := value.FromRef(value.NewStruct(value.Dims{1, 1}, nil))
	if a.base.imds != nil {
		info = a.base.imds.info(ids)
	}
	return []value.Value{value.FromRef(t), info}, nil
}

func auRead(c *interp.Call) ([]value.Value, error) {
	a, err := auArg(c)
	if err != nil {
		return nil, err
	}
	if len(c.Args) > 1 {
		return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	return a.readNext(c)
}

// readNext returns the next mini-batch table and its info struct.
func (a *AugmentedImageDatastore) readNext(*interp.Call) ([]value.Value, error) {
	if a.pos >= len(a.order) {
		return nil, noMoreData()
	}
	n := min(a.miniBatch, len(a.order)-a.pos)
	pos := make([]int, n)
	for k := range pos {
		pos[k] = a.pos + k
	}
	out, err := a.batch(pos)
	if err != nil {
		return nil, err
	}
	a.pos += n
	return out, nil
}

// hasData reports whether read has observations left.
func (a *AugmentedImageDatastore) hasData() bool { return a.pos < len(a.order) }

// reset goes back to the first mini-batch.
func (a *AugmentedImageDatastore) reset() { a.pos = 0 }

// fresh returns a copy positioned at the first mini-batch.
func (a *AugmentedImageDatastore) fresh() readable { return a.copyWithOrder(a.order) }

// positions reads 1-based observation indices of a.
func (a *AugmentedImageDatastore) positions(v value.Value) ([]int, error) {
	xs, err := value.ToFloat64(v)
	if err != nil || v.Class() == value.Logical {
		return nil, value.Errorf("MATLAB:augmentedImageDatastore:invalidIndex", "Indices must be positive integers.")
	}
	pos := make([]int, len(xs))
	for k, x := range xs {
		if x != math.Trunc(x) || x < 1 {
			return nil, value.Errorf("MATLAB:augmentedImageDatastore:invalidIndex", "Indices must be positive integers.")
		}
		if x > float64(len(a.order)) {
			return nil, value.Errorf("MATLAB:augmentedImageDatastore:indexOutOfRange", "Indices must not exceed the number of observations (%d).", len(a.order))
		}
		pos[k] = int(x) - 1
	}
	return pos, nil
}

func auReadByIndex(c *interp.Call) ([]value.Value, error) {
	a, pos, err := auIndexed(c)
	if err != nil {
		return nil, err
	}
	return a.batch(pos)
}

func auHasdata(c *interp.Call) ([]value.Value, error) {
	a, err := auArg(c)
	if err != nil {
		return nil, err
	}
	return []value.Value{value.Bool(a.hasData())}, nil
}

func auReset(c *interp.Call) ([]value.Value, error) {
	a, err := auArg(c)
	if err != nil {
		return nil, err
	}
	a.reset()
	return nil, nil
}

func auShuffle(c *interp.Call) ([]value.Value, error) {
	a, err := auArg(c)
	if err != nil {
		return nil, err
	}
	perm := permutation(builtins.RandStream(c.In), len(a.order))
	order := make([]int, len(perm))
	for k, p := range perm {
		order[k] = a.order[p]
	}
	return []value.Value{value.FromRef(a.copyWithOrder(order))}, nil
}

func auSubset(c *interp.Call) ([]value.Value, error) {
	a, pos, err := auIndexed(c)
	if err != nil {
		return nil, err
	}
	order := make([]int, len(pos))
	for k, p := range pos {
		order[k] = a.order[p]
	}
	return []value.Value{value.FromRef(a.copyWithOrder(order))}, nil
}

// auIndexed reads readByIndex's and subset's arguments: the datastore and
// the 0-based positions its index argument selects.
func auIndexed(c *interp.Call) (*AugmentedImageDatastore, []int, error) {
	var av, iv value.Value
	if err := c.Unpack("auimds", &av, "ind", &iv); err != nil {
		return nil, nil, err
	}
	a, err := auArg(c)
	if err != nil {
		return nil, nil, err
	}
	pos, err := a.positions(iv)
	return a, pos, err
}
