package value

// Concatenator is an object that supports [a, b] and cat. Concat receives
// every operand of the concatenation (the receiver among them, in order)
// and the 1-based dimension.
type Concatenator interface {
	Concat(vals []Value, dim int) (Value, error)
}

// HorzCat implements [a, b, ...].
func HorzCat(vals []Value) (Value, error) { return Cat(2, vals) }

// VertCat implements [a; b; ...].
func VertCat(vals []Value) (Value, error) { return Cat(1, vals) }

func catDimsErr() error {
	return Errorf("MATLAB:catenate:dimensionMismatch", "Dimensions of arrays being concatenated are not consistent.")
}

// Cat concatenates vals along dimension dim (1-based) with MATLAB's rules:
// a cell operand makes the result a cell (other operands become 1×1
// cells), structs need the same fields, strings convert text and numbers,
// and numeric, logical and char operands combine by class precedence
// (char, then the first integer class, then single, then double; all
// logical stays logical). 0×0 operands are skipped, as are other empty
// operands when something is not empty; they still count for the class.
// Objects must implement Concatenator.
func Cat(dim int, vals []Value) (Value, error) {
	if dim < 1 {
		return Value{}, Errorf("MATLAB:catenate:invalidDimension", "Dimension argument must be a positive integer scalar within indexing range.")
	}
	switch len(vals) {
	case 0:
		return Empty(), nil
	case 1:
		return vals[0], nil
	}
	var hasCell, hasStruct, hasString bool
	for _, v := range vals {
		switch r := v.Ref().(type) {
		case *Cell:
			hasCell = true
		case *Struct:
			hasStruct = true
		case *StringArray:
			hasString = true
		case *Func:
			return catFuncs(vals)
		case nil:
			if !v.Defined() {
				return Value{}, catDimsErr()
			}
		case *Array:
		default:
			return catObjects(r, vals, dim)
		}
	}
	switch {
	case hasCell:
		return catCells(dim, vals)
	case hasStruct:
		return catStructs(dim, vals)
	case hasString:
		return catStrings(dim, vals)
	}
	return catDense(dim, vals)
}

// catObjects hands the concatenation to the first operand that knows how.
func catObjects(first Ref, vals []Value, dim int) (Value, error) {
	for _, v := range vals {
		if c, ok := v.Ref().(Concatenator); ok {
			return c.Concat(vals, dim)
		}
	}
	name := Value{k: kindRef, r: first}.ClassName()
	return Value{}, Errorf("MATLAB:catenate:unsupported", "Concatenation of %s values is not supported.", name)
}

// catFuncs allows a single function handle among empty operands.
func catFuncs(vals []Value) (Value, error) {
	var f Value
	for _, v := range vals {
		if v.IsEmpty() {
			continue
		}
		if f.Defined() {
			return Value{}, Errorf("MATLAB:functionHandleArrays", "Nonscalar arrays of function handles are not allowed; use cell arrays instead.")
		}
		f = v
	}
	if _, ok := f.Ref().(*Func); !ok {
		return Value{}, Errorf("MATLAB:catenate:unsupported", "Concatenation of function_handle with %s values is not supported.", f.ClassName())
	}
	return f, nil
}

// catLayout works out the size of a concatenation along dim (1-based) of
// operands of sizes ds and which operands take part.
func catLayout(dim int, ds []Dims) (Dims, []bool, error) {
	k := dim - 1
	use := make([]bool, len(ds))
	some := false
	for i, d := range ds {
		use[i] = d.Numel() > 0
		some = some || use[i]
	}
	if !some {
		for i, d := range ds {
			use[i] = !d.Equal(emptyShape)
		}
	}
	var out []int
	for i, d := range ds {
		if !use[i] {
			continue
		}
		if out == nil {
			out = make([]int, max(len(d), k+1))
			for j := range out {
				out[j] = d.At(j)
			}
			continue
		}
		if len(d) > len(out) {
			return nil, nil, catDimsErr()
		}
		for j := range out {
			if j != k && d.At(j) != out[j] {
				return nil, nil, catDimsErr()
			}
		}
		out[k] += d.At(k)
	}
	if out == nil {
		return Dims{0, 0}, use, nil
	}
	if !numelWithin(out) {
		return nil, nil, sizeLimitErr()
	}
	return MakeDims(out...), use, nil
}

// catCopy lays operand blocks out along the concatenated dimension: each
// operand contributes blocks[i] consecutive elements for each of outer
// slices.
func catCopy[T any](dst []T, srcs [][]T, blocks []int, outer int) {
	off := 0
	for o := range outer {
		for i, s := range srcs {
			b := blocks[i]
			copy(dst[off:off+b], s[o*b:(o+1)*b])
			off += b
		}
	}
}

// catShape returns, for the operands taking part, how many elements each
// contributes per outer slice, and the number of outer slices.
func catShape(dim int, out Dims, ds []Dims, use []bool) ([]int, int) {
	k := dim - 1
	inner := 1
	for j := 0; j < k; j++ {
		inner *= out.At(j)
	}
	outer := 1
	for j := k + 1; j < len(out); j++ {
		outer *= out[j]
	}
	var blocks []int
	for i, d := range ds {
		if use[i] {
			blocks = append(blocks, inner*d.At(k))
		}
	}
	return blocks, outer
}
