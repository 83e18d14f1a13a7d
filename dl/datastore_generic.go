package dl

import (
	"gomat/lang/interp"
	"gomat/lang/value"
)

// readableArg returns the first argument as a datastore.
func readableArg(c *interp.Call) (readable, error) {
	if len(c.Args) > 0 {
		if ds, ok := c.Args[0].Ref().(readable); ok {
			return ds, nil
		}
	}
	return nil, value.Errorf("MATLAB:invalidType", "Expected input to be a datastore.")
}

func genericRead(c *interp.Call) ([]value.Value, error) {
	ds, err := readableArg(c)
	if err != nil {
		return nil, err
	}
	if !ds.hasData() {
		return nil, noMoreData()
	}
	return ds.readNext(c)
}

// genericReadall reads a fresh copy to the end and stacks the reads
// vertically: cell arrays are concatenated, other data go one per cell.
func genericReadall(c *interp.Call) ([]value.Value, error) {
	ds, err := readableArg(c)
	if err != nil {
		return nil, err
	}
	var parts []value.Value
	for cp := ds.fresh(); cp.hasData(); {
		out, err := cp.readNext(c)
		if err != nil {
			return nil, err
		}
		d := out[0]
		if _, isCell := d.Ref().(*value.Cell); !isCell {
			d = value.FromRef(value.NewCellFrom(value.Dims{1, 1}, []value.Value{d}))
		}
		parts = append(parts, d)
	}
	if len(parts) == 0 {
		return []value.Value{value.FromRef(value.NewCell(value.Dims{0, 1}))}, nil
	}
	all, err := value.VertCat(parts)
	if err != nil {
		return nil, err
	}
	return []value.Value{all}, nil
}

func genericPreview(c *interp.Call) ([]value.Value, error) {
	ds, err := readableArg(c)
	if err != nil {
		return nil, err
	}
	cp := ds.fresh()
	if !cp.hasData() {
		return []value.Value{value.Empty()}, nil
	}
	out, err := cp.readNext(c)
	if err != nil {
		return nil, err
	}
	return out[:1], nil
}

func genericHasdata(c *interp.Call) ([]value.Value, error) {
	ds, err := readableArg(c)
	if err != nil {
		return nil, err
	}
	return []value.Value{value.Bool(ds.hasData())}, nil
}

func genericReset(c *interp.Call) ([]value.Value, error) {
	ds, err := readableArg(c)
	if err != nil {
		return nil, err
	}
	ds.reset()
	return nil, nil
}
