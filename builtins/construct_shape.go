package builtins

import (
	"math"
	"math/cmplx"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "linspace", Fn: linspaceFn, Doc: "linspace(a,b), linspace(a,b,n): row vector of n (default 100) evenly spaced points from a to b"},
		{Name: "colon", Fn: colonFn, Doc: "colon(a,b), colon(a,step,b): the range a:b or a:step:b"},
		{Name: "repmat", Fn: repmatFn, Doc: "repmat(A,n), repmat(A,m,n,...), repmat(A,[m n ...]): repeat copies of an array (any class)"},
		{Name: "reshape", Fn: reshapeFn, Doc: "reshape(A,m,n,...), reshape(A,[m n ...]): reshape an array; one size may be [] to be computed"},
		{Name: "cat", Fn: catFn, Doc: "cat(dim,A,B,...): concatenate arrays along dimension dim"},
		{Name: "horzcat", Fn: func(c *interp.Call) ([]value.Value, error) { return oneResult(value.HorzCat(c.Args)) }, Doc: "horzcat(A,B,...): horizontal concatenation [A, B, ...]"},
		{Name: "vertcat", Fn: func(c *interp.Call) ([]value.Value, error) { return oneResult(value.VertCat(c.Args)) }, Doc: "vertcat(A,B,...): vertical concatenation [A; B; ...]"},
		{Name: "blkdiag", Fn: blkdiagFn, Doc: "blkdiag(A,B,...): block diagonal matrix of numeric or logical matrices"},
		{Name: "meshgrid", Fn: meshgridFn, Doc: "[X,Y] = meshgrid(x), [X,Y] = meshgrid(x,y), [X,Y,Z] = meshgrid(x,y,z): 2-D and 3-D grids (x varies along columns)"},
		{Name: "ndgrid", Fn: ndgridFn, Doc: "[X1,...,Xn] = ndgrid(x1,...,xn), [X1,...,Xn] = ndgrid(x): N-D grids (x1 varies along dimension 1)"},
	})
}

// oneResult adapts a single-result operation to a built-in's return values.
func oneResult(v value.Value, err error) ([]value.Value, error) {
	if err != nil {
		return nil, err
	}
	return []value.Value{v}, nil
}

func linspaceFn(c *interp.Call) ([]value.Value, error) {
	var a, b, nv value.Value
	nv = value.Num(100)
	if err := c.Unpack("a", &a, "b", &b, "n?", &nv); err != nil {
		return nil, err
	}
	x, err := scalarOperand("linspace", a)
	if err != nil {
		return nil, err
	}
	y, err := scalarOperand("linspace", b)
	if err != nil {
		return nil, err
	}
	nf, err := scalarOperand("linspace", nv)
	if err != nil {
		return nil, err
	}
	cl, err := binaryClass(unaryClass(x.Class()), unaryClass(y.Class()))
	if err != nil {
		return nil, err
	}
	if cl.IsInteger() {
		cl = value.Double
	}
	n := int(math.Max(math.Floor(nf.Re[0]), 0))
	if math.IsNaN(nf.Re[0]) {
		n = 0
	}
	if err := checkArraySize(value.Dims{1, n}); err != nil {
		return nil, err
	}
	d1 := complex(x.Re[0], imAt(x.Im, 0))
	d2 := complex(y.Re[0], imAt(y.Im, 0))
	re, im := linspaceData(d1, d2, n)
	if !x.IsComplex() && !y.IsComplex() {
		im = nil
	}
	return []value.Value{newResult(cl, value.Dims{1, n}, re, im)}, nil
}

// linspaceData returns the real and imaginary parts of n points from d1 to
// d2 computed as MATLAB's linspace does: d1 + k·(d2−d1)/(n−1), or
// d1 + k·(d2/(n−1)) − k·(d1/(n−1)) when (d2−d1)·(n−2) overflows, with the
// end points exact. The factors are real, so each part is computed alone.
func linspaceData(d1, d2 complex128, n int) ([]float64, []float64) {
	n1 := float64(n - 1)
	overflow := cmplx.IsInf((d2 - d1) * complex(n1-1, 0))
	part := func(a, b float64) []float64 {
		out := make([]float64, n)
		for k := range out {
			fk := float64(k)
			if overflow {
				out[k] = a + (b/n1)*fk - (a/n1)*fk
			} else {
				out[k] = a + fk*(b-a)/n1
			}
		}
		if n > 0 && d1 == d2 {
			for k := range out {
				out[k] = a
			}
		} else if n > 0 {
			out[0], out[n-1] = a, b
		}
		return out
	}
	return part(real(d1), real(d2)), part(imag(d1), imag(d2))
}

// scalarOperand returns a numeric argument that must be a scalar.
func scalarOperand(fn string, v value.Value) (*value.Array, error) {
	a, err := denseArg(fn, v)
	if err != nil {
		return nil, err
	}
	if len(a.Re) != 1 {
		return nil, value.Errorf("MATLAB:"+fn+":scalarInputs", "Inputs must be scalars.")
	}
	return a, nil
}

func colonFn(c *interp.Call) ([]value.Value, error) {
	switch len(c.Args) {
	case 2:
		return oneResult(value.Range(c.Args[0], value.Num(1), c.Args[1]))
	case 3:
		return oneResult(value.Range(c.Args[0], c.Args[1], c.Args[2]))
	case 0, 1:
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
}

func repmatFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) < 2 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	reps, err := sizeFromArgs(c.Args[1:])
	if err != nil {
		return nil, err
	}
	return oneResult(repmatValue(c.Args[0], reps))
}

// repmatValue tiles v reps(k) times along each dimension k.
func repmatValue(v value.Value, reps value.Dims) (value.Value, error) {
	d := v.Size()
	n := max(len(d), len(reps))
	out := make(value.Dims, n)
	for k := range n {
		out[k] = d.At(k) * reps.At(k)
	}
	if err := checkArraySize(value.MakeDims(out...)); err != nil {
		return value.Value{}, err
	}
	subs := make([]value.Value, n)
	for k := range n {
		idx := make([]float64, out[k])
		for i := range idx {
			idx[i] = float64(i%d.At(k) + 1)
		}
		subs[k] = value.RowVector(idx)
	}
	return value.Index(v, subs)
}

func reshapeFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) < 2 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	v := c.Args[0]
	var sz []int
	unknown := -1
	if len(c.Args) == 2 {
		xs, err := sizeNumbers(c.Args[1])
		if err != nil {
			return nil, err
		}
		if len(xs) < 2 {
			return nil, value.Errorf("MATLAB:getReshapeDims:sizeVector", "Size vector must have at least two elements.")
		}
		for _, x := range xs {
			if x != math.Trunc(x) || x < 0 {
				return nil, value.Errorf("MATLAB:getReshapeDims:notValidSizeVector", "Size vector elements should be nonnegative.")
			}
			sz = append(sz, int(x))
		}
	} else {
		for i, a := range c.Args[1:] {
			if a.IsEmpty() {
				if unknown >= 0 {
					return nil, value.Errorf("MATLAB:getReshapeDims:unknownDim", "Size can only have one unknown dimension.")
				}
				unknown = i
				sz = append(sz, 1)
				continue
			}
			x, err := value.ScalarFloat(a)
			if err != nil {
				return nil, value.Errorf("MATLAB:getReshapeDims:notScalarSize", "Size arguments must be integer scalars.")
			}
			if x != math.Trunc(x) || x < 0 {
				return nil, value.Errorf("MATLAB:getReshapeDims:notValidSizeVector", "Size vector elements should be nonnegative.")
			}
			sz = append(sz, int(x))
		}
	}
	if unknown >= 0 {
		known := 1
		for i, x := range sz {
			if i != unknown {
				known *= x
			}
		}
		if known == 0 || v.Numel()%known != 0 {
			return nil, value.Errorf("MATLAB:getReshapeDims:notDivisible", "Product of known dimensions, %d, not divisible into total number of elements, %d.", known, v.Numel())
		}
		sz[unknown] = v.Numel() / known
	}
	return oneResult(value.ReshapeValue(v, value.Dims(sz)))
}

func catFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) < 1 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	x, err := value.ScalarFloat(c.Args[0])
	if err != nil || x < 1 || x != math.Trunc(x) {
		return nil, value.Errorf("MATLAB:catenate:invalidDimension", "Dimension for concatenation must be a finite integer.")
	}
	if len(c.Args) == 1 {
		return []value.Value{value.Empty()}, nil
	}
	return oneResult(value.Cat(int(x), c.Args[1:]))
}

func blkdiagFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return []value.Value{value.Empty()}, nil
	}
	rows, cols := 0, 0
	cl := value.Class(0)
	arrays := make([]*value.Array, len(c.Args))
	for i, v := range c.Args {
		a, err := denseArg("blkdiag", v)
		if err != nil {
			return nil, err
		}
		if !a.Size().IsMatrix() {
			return nil, value.Errorf("MATLAB:blkdiag:NDArray", "N-D arrays are not supported.")
		}
		arrays[i] = a
		rows += a.Size().Rows()
		cols += a.Size().Cols()
		if i == 0 {
			cl = a.Class()
		} else if cl != a.Class() {
			if cl, err = binaryClass(unaryClass(cl), unaryClass(a.Class())); err != nil {
				return nil, err
			}
		}
	}
	re := make([]float64, rows*cols)
	var im []float64
	r0, c0 := 0, 0
	for _, a := range arrays {
		m, n := a.Size().Rows(), a.Size().Cols()
		for j := range n {
			for i := range m {
				re[(c0+j)*rows+r0+i] = a.Re[j*m+i]
				if a.IsComplex() {
					if im == nil {
						im = make([]float64, rows*cols)
					}
					im[(c0+j)*rows+r0+i] = a.Im[j*m+i]
				}
			}
		}
		r0 += m
		c0 += n
	}
	return []value.Value{newResult(cl, value.Dims{rows, cols}, re, im)}, nil
}

// gridOutputs builds the arrays of a grid: output k of len(vecs) has size
// dims and varies with vecs[k] along dimension along[k].
func gridOutputs(fn string, vecs []value.Value, along []int, nout int) ([]value.Value, error) {
	arrays := make([]*value.Array, len(vecs))
	sz := make([]int, len(vecs))
	for k, v := range vecs {
		a, err := denseArg(fn, v)
		if err != nil {
			return nil, err
		}
		if !a.Size().IsVector() && !a.Size().IsEmpty() {
			return nil, value.Errorf("MATLAB:"+fn+":NonVectorInput", "The grid vectors must be vectors.")
		}
		arrays[k] = a
		sz[along[k]] = len(a.Re)
	}
	d := value.MakeDims(sz...)
	if err := checkArraySize(d); err != nil {
		return nil, err
	}
	strides := value.Dims(sz).Strides()
	total := d.Numel()
	outs := make([]value.Value, 0, nout)
	for k := range min(max(nout, 1), len(arrays)) {
		a := arrays[k]
		st, n := strides[along[k]], sz[along[k]]
		re := make([]float64, total)
		var im []float64
		if a.IsComplex() {
			im = make([]float64, total)
		}
		for i := range re {
			p := (i / st) % n
			re[i] = a.Re[p]
			if im != nil {
				im[i] = a.Im[p]
			}
		}
		outs = append(outs, newResult(unaryClass(a.Class()), d, re, im))
	}
	return outs, nil
}

func meshgridFn(c *interp.Call) ([]value.Value, error) {
	args := c.Args
	switch len(args) {
	case 0:
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	case 1:
		if c.Nargout > 2 {
			args = []value.Value{args[0], args[0], args[0]}
		} else {
			args = []value.Value{args[0], args[0]}
		}
	case 2, 3:
	default:
		return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	if len(args) == 2 && c.Nargout > 2 {
		return nil, value.Errorf("MATLAB:TooManyOutputs", "Too many output arguments.")
	}
	along := []int{1, 0, 2}[:len(args)]
	return gridOutputs("meshgrid", args, along, max(c.Nargout, 1))
}

func ndgridFn(c *interp.Call) ([]value.Value, error) {
	args := c.Args
	if len(args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	if len(args) == 1 {
		if c.Nargout <= 1 {
			v, err := value.ReshapeValue(args[0], value.Dims{args[0].Numel(), 1})
			return []value.Value{v}, err
		}
		args = make([]value.Value, c.Nargout)
		for k := range args {
			args[k] = c.Args[0]
		}
	}
	along := make([]int, len(args))
	for k := range along {
		along[k] = k
	}
	return gridOutputs("ndgrid", args, along, max(c.Nargout, 1))
}
