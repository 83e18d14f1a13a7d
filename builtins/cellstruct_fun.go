package builtins

import (
	"strconv"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func biCell(c *interp.Call) ([]value.Value, error) {
	d, err := sizeFromArgs(c.Args)
	if err != nil {
		return nil, err
	}
	if err := checkArraySize(d); err != nil {
		return nil, err
	}
	return one(value.FromRef(value.NewCell(d)))
}

// funOptions are the Name-Value options of cellfun, arrayfun and
// structfun.
type funOptions struct {
	uniform bool
	handler value.Value
}

// splitFunArgs separates the data arguments from the trailing
// 'UniformOutput' and 'ErrorHandler' options.
func splitFunArgs(fn string, args []value.Value) ([]value.Value, funOptions, error) {
	o := funOptions{uniform: true}
	end := len(args)
	for end >= 2 {
		name, ok := args[end-2].Text()
		if !ok || args[end-2].Class() == value.CellClass {
			break
		}
		switch strings.ToLower(name) {
		case "uniformoutput":
			b, err := value.IsTrue(args[end-1])
			if err != nil {
				return nil, o, err
			}
			o.uniform = b
		case "errorhandler":
			if _, isFunc := args[end-1].Ref().(*value.Func); !isFunc {
				return nil, o, value.Errorf("MATLAB:"+fn+":ErrorHandlerNotFunctionHandle", "The ERRORHANDLER input must be a function handle.")
			}
			o.handler = args[end-1]
		default:
			return args[:end], o, nil
		}
		end -= 2
	}
	return args[:end], o, nil
}

// mapper calls a function once per element and assembles the outputs.
type mapper struct {
	c       *interp.Call
	fn      string
	f       value.Value
	opts    funOptions
	nout    int
	results [][]value.Value // per output, per element
}

// callAt calls the function on the i-th element's arguments, going through
// the error handler when the call fails.
func (m *mapper) callAt(i int, args []value.Value) error {
	outs, err := m.c.CallFunction(m.f, args, m.c.Nargout)
	if err != nil && m.opts.handler.Defined() {
		me := interp.AsMException(err)
		s := value.NewStruct(value.Dims{1, 1}, []string{"identifier", "message", "index"})
		s.Elems[0][0] = charRow(me.ID)
		s.Elems[0][1] = charRow(me.Msg)
		s.Elems[0][2] = value.Num(float64(i + 1))
		hargs := append([]value.Value{value.FromRef(s)}, args...)
		outs, err = m.c.CallFunction(m.opts.handler, hargs, m.c.Nargout)
	}
	if err != nil {
		return err
	}
	if m.c.Nargout == 0 {
		// A statement: keep what the function gives (nothing for disp).
		if len(outs) > 0 {
			m.results[0] = append(m.results[0], outs[0])
		}
		return nil
	}
	if len(outs) < m.nout {
		return value.Errorf("MATLAB:"+m.fn+":TooManyOutputs", "Too many output arguments.")
	}
	for k := range m.nout {
		m.results[k] = append(m.results[k], outs[k])
	}
	return nil
}

// finish assembles the results: arrays of size d under UniformOutput,
// cell arrays of size d otherwise.
func (m *mapper) finish(d value.Dims) ([]value.Value, error) {
	if m.c.Nargout == 0 && len(m.results[0]) != d.Numel() {
		if len(m.results[0]) == 0 {
			return nil, nil
		}
		return nil, value.Errorf("MATLAB:"+m.fn+":TooManyOutputs", "Too many output arguments.")
	}
	out := make([]value.Value, m.nout)
	for k := range m.nout {
		if !m.opts.uniform {
			out[k] = value.FromRef(value.NewCellFrom(d.Clone(), m.results[k]))
			continue
		}
		v, err := uniformArray(m.fn, k, d, m.results[k])
		if err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, nil
}

// uniformArray concatenates scalar results into an array of size d; all
// must be scalars of one class.
func uniformArray(fn string, k int, d value.Dims, vals []value.Value) (value.Value, error) {
	if len(vals) == 0 {
		return value.FromRef(value.NewArray(value.Double, d.Clone())), nil
	}
	cls := vals[0].Class()
	re := make([]float64, len(vals))
	var im []float64
	for i, v := range vals {
		a, ok := v.Array()
		if !ok || len(a.Re) != 1 {
			return value.Value{}, value.Errorf("MATLAB:"+fn+":NotAScalarOutput", "Non-scalar in Uniform output, at index %d, output %d.\nSet 'UniformOutput' to false.", i+1, k+1)
		}
		if a.Class() != cls {
			return value.Value{}, value.Errorf("MATLAB:"+fn+":MismatchInOutputTypes", "Mismatch in type of outputs, at index %d, output %d (%s versus %s).\nSet 'UniformOutput' to false.", i+1, k+1, a.Class(), cls)
		}
		re[i] = a.Re[0]
		if a.Im != nil {
			if im == nil {
				im = make([]float64, len(vals))
			}
			im[i] = a.Im[0]
		}
	}
	return value.FromRef(value.NewArrayFrom(cls, d.Clone(), re, im)), nil
}

func newMapper(c *interp.Call, fn string, f value.Value, opts funOptions) *mapper {
	nout := max(c.Nargout, 1)
	return &mapper{c: c, fn: fn, f: f, opts: opts, nout: nout, results: make([][]value.Value, nout)}
}

// legacyCellfun implements cellfun's string function names, which run
// without calling a function.
func legacyCellfun(name string, args []value.Value) ([]value.Value, bool, error) {
	switch name {
	case "isempty", "islogical", "isnumeric", "isreal", "length", "ndims", "prodofsize", "isclass", "size":
	default:
		return nil, false, nil
	}
	cl, ok := args[0].Ref().(*value.Cell)
	if !ok {
		return nil, true, value.Errorf("MATLAB:cellfun:NotACell", "Input #2 expected to be a cell array, was %s instead.", args[0].ClassName())
	}
	out := make([]float64, len(cl.Elems))
	logical := true
	for i, e := range cl.Elems {
		var x float64
		switch name {
		case "isempty":
			x = float64(boolInt(e.IsEmpty()))
		case "islogical":
			x = float64(boolInt(e.Class() == value.Logical))
		case "isnumeric":
			x = float64(boolInt(e.Class().IsNumeric()))
		case "isreal":
			a, ok := e.Array()
			x = float64(boolInt(ok && a.Im == nil))
		case "length":
			logical = false
			if !e.IsEmpty() {
				for _, n := range e.Size() {
					x = max(x, float64(n))
				}
			}
		case "ndims":
			logical = false
			x = float64(len(e.Size()))
		case "prodofsize":
			logical = false
			x = float64(e.Numel())
		case "isclass":
			if len(args) < 2 {
				return nil, true, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
			}
			cname, _ := args[1].Text()
			x = float64(boolInt(e.ClassName() == cname))
		case "size":
			logical = false
			if len(args) < 2 {
				return nil, true, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
			}
			k, err := value.ScalarInt(args[1])
			if err != nil || k < 1 {
				return nil, true, value.Errorf("MATLAB:cellfun:InvalidDim", "Dimension must be a positive integer.")
			}
			x = float64(e.Size().At(k - 1))
		}
		out[i] = x
	}
	if logical {
		return []value.Value{boolArray(cl.Size().Clone(), func() []bool {
			bs := make([]bool, len(out))
			for i, x := range out {
				bs[i] = x != 0
			}
			return bs
		}())}, true, nil
	}
	return []value.Value{numArray(cl.Size().Clone(), out)}, true, nil
}

func biCellfun(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, -1); err != nil {
		return nil, err
	}
	f := c.Args[0]
	if name, ok := f.Text(); ok {
		if out, legacy, err := legacyCellfun(name, c.Args[1:]); legacy {
			return out, err
		}
	} else if _, isFunc := f.Ref().(*value.Func); !isFunc {
		return nil, value.Errorf("MATLAB:cellfun:InvalidFirstInput", "First input must be a function handle.")
	}
	data, opts, err := splitFunArgs("cellfun", c.Args[1:])
	if err != nil {
		return nil, err
	}
	if len(data) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	cells := make([]*value.Cell, len(data))
	for i, v := range data {
		cl, ok := v.Ref().(*value.Cell)
		if !ok {
			return nil, value.Errorf("MATLAB:cellfun:NotACell", "Input #%d expected to be a cell array, was %s instead.", i+2, v.ClassName())
		}
		if i > 0 && !cl.Size().Equal(cells[0].Size()) {
			return nil, value.Errorf("MATLAB:cellfun:ArgumentSizeMismatch", "All of the input arguments must be of the same size and shape.\nPrevious inputs had size %s, but input #%d has size %s.", sizeText(cells[0].Size()), i+2, sizeText(cl.Size()))
		}
		cells[i] = cl
	}
	m := newMapper(c, "cellfun", f, opts)
	for i := range cells[0].Elems {
		if c.In.Interrupted() {
			return nil, value.Errorf("MATLAB:interrupt", "Operation terminated by user.")
		}
		args := make([]value.Value, len(cells))
		for k, cl := range cells {
			args[k] = cl.Elems[i]
		}
		if err := m.callAt(i, args); err != nil {
			return nil, err
		}
	}
	return m.finish(cells[0].Size())
}

// sizeText writes a size as MATLAB's messages do: "1  2".
func sizeText(d value.Dims) string {
	parts := make([]string, len(d))
	for i, n := range d {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, "  ")
}

func biArrayfun(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, -1); err != nil {
		return nil, err
	}
	f := c.Args[0]
	if _, isFunc := f.Ref().(*value.Func); !isFunc {
		if _, ok := f.Text(); !ok {
			return nil, value.Errorf("MATLAB:arrayfun:InvalidFirstInput", "First input must be a function handle.")
		}
	}
	data, opts, err := splitFunArgs("arrayfun", c.Args[1:])
	if err != nil {
		return nil, err
	}
	if len(data) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	d := data[0].Size()
	for i, v := range data[1:] {
		if !v.Size().Equal(d) {
			return nil, value.Errorf("MATLAB:arrayfun:ArgumentSizeMismatch", "All of the input arguments must be of the same size and shape.\nPrevious inputs had size %s, but input #%d has size %s.", sizeText(d), i+3, sizeText(v.Size()))
		}
	}
	m := newMapper(c, "arrayfun", f, opts)
	n := d.Numel()
	for i := range n {
		if c.In.Interrupted() {
			return nil, value.Errorf("MATLAB:interrupt", "Operation terminated by user.")
		}
		args := make([]value.Value, len(data))
		for k, v := range data {
			e, err := elementAt(v, i)
			if err != nil {
				return nil, err
			}
			args[k] = e
		}
		if err := m.callAt(i, args); err != nil {
			return nil, err
		}
	}
	return m.finish(d)
}

// elementAt returns element i (0-based, linear) of any array.
func elementAt(v value.Value, i int) (value.Value, error) {
	if a, ok := v.Ref().(*value.Array); ok && a.Im == nil {
		return value.Scalar(a.Class(), a.Re[i]), nil
	}
	if !v.Defined() || v.Ref() == nil {
		return v, nil
	}
	return value.Index(v, []value.Value{value.Num(float64(i + 1))})
}

func biStructfun(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, -1); err != nil {
		return nil, err
	}
	data, opts, err := splitFunArgs("structfun", c.Args[1:])
	if err != nil {
		return nil, err
	}
	if len(data) != 1 {
		return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	s, ok := data[0].Ref().(*value.Struct)
	if !ok || len(s.Elems) != 1 {
		return nil, value.Errorf("MATLAB:structfun:NotAScalarStruct", "Inputs to STRUCTFUN must be scalar structures.")
	}
	m := newMapper(c, "structfun", c.Args[0], opts)
	for j := range s.Fields {
		if err := m.callAt(j, []value.Value{s.Elems[0][j]}); err != nil {
			return nil, err
		}
	}
	if opts.uniform || m.c.Nargout == 0 && len(m.results[0]) != len(s.Fields) {
		return m.finish(value.Dims{len(s.Fields), 1})
	}
	out := make([]value.Value, m.nout)
	for k := range m.nout {
		r := value.NewStruct(value.Dims{1, 1}, s.Fields)
		for j := range s.Fields {
			r.Elems[0][j] = m.results[k][j]
			value.Retain(m.results[k][j])
		}
		out[k] = value.FromRef(r)
	}
	return out, nil
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "cell", Fn: biCell, Doc: "C = cell(n), cell(m, n, …), cell([m n …]): cell array of []"},
		{Name: "cellfun", Fn: biCellfun, Doc: "[A…] = cellfun(f, C…), cellfun(…, 'UniformOutput', tf, 'ErrorHandler', h); legacy names 'isempty' 'islogical' 'isnumeric' 'isreal' 'length' 'ndims' 'prodofsize' 'isclass' 'size'"},
		{Name: "arrayfun", Fn: biArrayfun, Doc: "[B…] = arrayfun(f, A…), arrayfun(…, 'UniformOutput', tf, 'ErrorHandler', h)"},
		{Name: "structfun", Fn: biStructfun, Doc: "[A…] = structfun(f, S), structfun(…, 'UniformOutput', tf, 'ErrorHandler', h)"},
	})
}
