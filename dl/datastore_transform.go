package dl

import (
	"io"
	"strings"

	"gomat/lang/display"
	"gomat/lang/interp"
	"gomat/lang/value"
)

// readable is the read protocol of gomat's datastores, which transform and
// combine build on.
type readable interface {
	value.Object
	readNext(c *interp.Call) ([]value.Value, error) // data and info
	hasData() bool
	reset()
	fresh() readable // a copy positioned at the start
}

// TransformedDatastore is MATLAB's matlab.io.datastore.TransformedDatastore:
// read applies the transform functions, in order, to what the underlying
// datastore reads.
type TransformedDatastore struct {
	under       readable
	fns         []value.Value
	includeInfo bool
}

// CombinedDatastore is MATLAB's matlab.io.datastore.CombinedDatastore:
// read concatenates horizontally what each underlying datastore reads.
type CombinedDatastore struct {
	parts []readable
}

func init() {
	shared := []interp.Builtin{
		{Name: "transform", Fn: transformFn, Doc: "dsnew = transform(ds, @fcn, 'IncludeInfo', tf): a datastore whose read returns fcn(read(ds))"},
		{Name: "combine", Fn: combineFn, Doc: "dsnew = combine(ds1, ds2, ...): a datastore whose read concatenates the reads of each horizontally"},
	}
	for _, class := range []string{imdsClass, "augmentedImageDatastore", transformedClass, combinedClass} {
		interp.RegisterMethods(class, shared)
	}
	generic := []interp.Builtin{
		{Name: "read", Fn: genericRead, Doc: "[data, info] = read(ds): the next data"},
		{Name: "readall", Fn: genericReadall, Doc: "data = readall(ds): every read, concatenated vertically in a cell array"},
		{Name: "preview", Fn: genericPreview, Doc: "data = preview(ds): the first read, without moving the read position"},
		{Name: "hasdata", Fn: genericHasdata, Doc: "tf = hasdata(ds): whether read has data left"},
		{Name: "reset", Fn: genericReset, Doc: "reset(ds): go back to the start"},
	}
	interp.RegisterMethods(transformedClass, generic)
	interp.RegisterMethods(combinedClass, generic)
}

const (
	transformedClass = "matlab.io.datastore.TransformedDatastore"
	combinedClass    = "matlab.io.datastore.CombinedDatastore"
)

func transformFn(c *interp.Call) ([]value.Value, error) {
	var dv, fn value.Value
	include := false
	if err := c.Unpack("ds", &dv, "fcn", &fn, "-IncludeInfo", &include); err != nil {
		return nil, err
	}
	ds, ok := dv.Ref().(readable)
	if _, isFn := fn.Ref().(*value.Func); !ok || !isFn {
		return nil, value.Errorf("MATLAB:datastoreio:transformeddatastore:invalidInputs", "transform requires a datastore and a function handle.")
	}
	value.Retain(fn)
	if t, ok := ds.(*TransformedDatastore); ok && t.includeInfo == include {
		return []value.Value{value.FromRef(&TransformedDatastore{under: t.under.fresh(), fns: append(append([]value.Value(nil), t.fns...), fn), includeInfo: include})}, nil
	}
	return []value.Value{value.FromRef(&TransformedDatastore{under: ds.fresh(), fns: []value.Value{fn}, includeInfo: include})}, nil
}

func combineFn(c *interp.Call) ([]value.Value, error) {
	parts := make([]readable, len(c.Args))
	for i, a := range c.Args {
		ds, ok := a.Ref().(readable)
		if !ok {
			return nil, value.Errorf("MATLAB:datastoreio:combineddatastore:invalidInputs", "Inputs to combine must be datastores.")
		}
		parts[i] = ds.fresh()
	}
	return []value.Value{value.FromRef(&CombinedDatastore{parts: parts})}, nil
}

// Class returns value.ObjectClass.
func (t *TransformedDatastore) Class() value.Class { return value.ObjectClass }

// Size returns 1×1.
func (t *TransformedDatastore) Size() value.Dims { return value.Dims{1, 1} }

// ClassName returns MATLAB's class name.
func (t *TransformedDatastore) ClassName() string { return transformedClass }

func (t *TransformedDatastore) hasData() bool { return t.under.hasData() }
func (t *TransformedDatastore) reset()        { t.under.reset() }
func (t *TransformedDatastore) fresh() readable {
	return &TransformedDatastore{under: t.under.fresh(), fns: t.fns, includeInfo: t.includeInfo}
}

// readNext reads the underlying datastore and applies the transforms
// (called as fcn(data), or [data, info] = fcn(data, info) with
// IncludeInfo).
func (t *TransformedDatastore) readNext(c *interp.Call) ([]value.Value, error) {
	out, err := t.under.readNext(c)
	if err != nil {
		return nil, err
	}
	data, info := out[0], out[1]
	for _, fn := range t.fns {
		args, nout := []value.Value{data}, 1
		if t.includeInfo {
			args, nout = append(args, info), 2
		}
		res, err := c.CallFunction(fn, args, nout)
		if err != nil {
			return nil, err
		}
		if len(res) < nout {
			return nil, value.Errorf("MATLAB:datastoreio:transformeddatastore:noOutput", "The transform function must return %d output(s).", nout)
		}
		data = res[0]
		if t.includeInfo {
			info = res[1]
		}
	}
	return []value.Value{data, info}, nil
}

// Class returns value.ObjectClass.
func (m *CombinedDatastore) Class() value.Class { return value.ObjectClass }

// Size returns 1×1.
func (m *CombinedDatastore) Size() value.Dims { return value.Dims{1, 1} }

// ClassName returns MATLAB's class name.
func (m *CombinedDatastore) ClassName() string { return combinedClass }

func (m *CombinedDatastore) hasData() bool {
	for _, p := range m.parts {
		if !p.hasData() {
			return false
		}
	}
	return true
}

func (m *CombinedDatastore) reset() {
	for _, p := range m.parts {
		p.reset()
	}
}

func (m *CombinedDatastore) fresh() readable {
	parts := make([]readable, len(m.parts))
	for i, p := range m.parts {
		parts[i] = p.fresh()
	}
	return &CombinedDatastore{parts: parts}
}

// readNext reads every underlying datastore and concatenates the data
// horizontally (data that is not a cell array counts as a 1×1 cell); info
// is a cell array of the infos.
func (m *CombinedDatastore) readNext(c *interp.Call) ([]value.Value, error) {
	datas := make([]value.Value, len(m.parts))
	infos := make([]value.Value, len(m.parts))
	for i, p := range m.parts {
		out, err := p.readNext(c)
		if err != nil {
			return nil, err
		}
		datas[i], infos[i] = out[0], out[1]
		if _, isCell := datas[i].Ref().(*value.Cell); !isCell {
			datas[i] = value.FromRef(value.NewCellFrom(value.Dims{1, 1}, []value.Value{datas[i]}))
		}
	}
	data, err := value.HorzCat(datas)
	if err != nil {
		return nil, err
	}
	return []value.Value{data, value.FromRef(value.NewCellFrom(value.Dims{1, len(infos)}, infos))}, nil
}

// PropertyNames lists the properties of a TransformedDatastore.
func (t *TransformedDatastore) PropertyNames() []string {
	return []string{"UnderlyingDatastores", "Transforms", "IncludeInfo"}
}

// GetProperty returns ds.Name.
func (t *TransformedDatastore) GetProperty(name string) (value.Value, error) {
	switch name {
	case "UnderlyingDatastores":
		return value.FromRef(value.NewCellFrom(value.Dims{1, 1}, []value.Value{value.FromRef(t.under)})), nil
	case "Transforms":
		return value.FromRef(value.NewCellFrom(value.Dims{1, len(t.fns)}, append([]value.Value(nil), t.fns...))), nil
	case "IncludeInfo":
		return value.Bool(t.includeInfo), nil
	}
	return value.Value{}, unknownProperty(name, t.ClassName())
}

// DisplayBody writes the display of a TransformedDatastore.
func (t *TransformedDatastore) DisplayBody(w io.Writer, name string, f display.Format, width int) {
	fns := make([]string, len(t.fns))
	for i, fn := range t.fns {
		fns[i] = display.Summary(fn, f)
	}
	writeProps(w, "TransformedDatastore", t.PropertyNames(), []string{
		"{" + t.under.ClassName() + "}", "{" + strings.Join(fns, "  ") + "}", display.Summary(value.Bool(t.includeInfo), f),
	}, f)
}

// PropertyNames lists the properties of a CombinedDatastore.
func (m *CombinedDatastore) PropertyNames() []string { return []string{"UnderlyingDatastores"} }

// GetProperty returns ds.Name.
func (m *CombinedDatastore) GetProperty(name string) (value.Value, error) {
	if name != "UnderlyingDatastores" {
		return value.Value{}, unknownProperty(name, m.ClassName())
	}
	elems := make([]value.Value, len(m.parts))
	for i, p := range m.parts {
		elems[i] = value.FromRef(p)
	}
	return value.FromRef(value.NewCellFrom(value.Dims{1, len(elems)}, elems)), nil
}

// DisplayBody writes the display of a CombinedDatastore.
func (m *CombinedDatastore) DisplayBody(w io.Writer, name string, f display.Format, width int) {
	names := make([]string, len(m.parts))
	for i, p := range m.parts {
		names[i] = p.ClassName()
	}
	writeProps(w, "CombinedDatastore", m.PropertyNames(), []string{"{" + strings.Join(names, "  ") + "}"}, f)
}
