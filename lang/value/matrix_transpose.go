package value

// errTransposeND is MATLAB's error for transposing an N-d array.
var errTransposeND = &Error{ID: "MATLAB:transpose:NDArray", Msg: "Transpose on ND array is not defined. Use PERMUTE instead."}

// Transpose returns a.' for any 2-D value: numeric, logical, char, cell,
// struct and string arrays. The result shares no data with a.
func Transpose(a Value) (Value, error) { return transpose(a, false, "transpose") }

// CTranspose returns a', the transpose with complex parts conjugated.
func CTranspose(a Value) (Value, error) { return transpose(a, true, "ctranspose") }

// transpose is Transpose or, with conj, CTranspose; name is the function
// named in the error for unsupported objects.
func transpose(a Value, conj bool, name string) (Value, error) {
	if a.k != kindRef {
		return a, nil
	}
	d := a.r.Size()
	if _, ok := a.r.(*Func); !ok && !d.IsMatrix() {
		return Value{}, errTransposeND
	}
	m, n := d.Rows(), d.Cols()
	td := Dims{n, m}
	switch r := a.r.(type) {
	case *Array:
		out := &Array{class: r.class, dims: td, Re: transposeSlice(r.Re, m, n)}
		if r.Im != nil {
			out.Im = transposeSlice(r.Im, m, n)
			if conj {
				for i, x := range out.Im {
					out.Im[i] = -x
				}
			}
		}
		return FromRef(out), nil
	case *Cell:
		return FromRef(NewCellFrom(td, transposeSlice(r.Elems, m, n))), nil
	case *Struct:
		out := &Struct{dims: td, Fields: append([]string(nil), r.Fields...), Elems: transposeSlice(r.Elems, m, n)}
		for i, row := range out.Elems {
			out.Elems[i] = append([]Value(nil), row...)
			for _, v := range row {
				Retain(v)
			}
		}
		return FromRef(out), nil
	case *StringArray:
		out := &StringArray{dims: td, Elems: transposeSlice(r.Elems, m, n)}
		if r.Missing != nil {
			out.Missing = transposeSlice(r.Missing, m, n)
		}
		return FromRef(out), nil
	case *Func:
		return a, nil
	}
	return Value{}, Errorf("MATLAB:UndefinedFunction", "Undefined function '%s' for input arguments of type '%s'.", name, a.ClassName())
}

// transposeSlice returns the transpose of the column-major m×n matrix src.
func transposeSlice[T any](src []T, m, n int) []T {
	out := make([]T, len(src))
	for j := range n {
		col := src[j*m : j*m+m]
		for i, x := range col {
			out[i*n+j] = x
		}
	}
	return out
}
