package value

import (
	"testing"
)

// opMat builds a double matrix from rows, for readable test data.
func opMat(rows ...[]float64) Value {
	m, n := len(rows), len(rows[0])
	re := make([]float64, m*n)
	for i, r := range rows {
		for j, x := range r {
			re[j*m+i] = x
		}
	}
	return FromRef(&Array{class: Double, dims: Dims{m, n}, Re: re})
}

// mrow is shorthand for a matrix row in tests.
func mrow(xs ...float64) []float64 { return xs }

func TestMTimes(t *testing.T) {
	innerMsg := errInnerDim.Msg
	cases := []opCase{
		{"scalars", func() (Value, error) { return MTimes(Num(3), Num(4)) }, Num(12), ""},
		{"2x3*3x2", func() (Value, error) {
			return MTimes(opMat(mrow(1, 2, 3), mrow(4, 5, 6)), opMat(mrow(7, 8), mrow(9, 10), mrow(11, 12)))
		}, opMat(mrow(58, 64), mrow(139, 154)), ""},
		{"row*col", func() (Value, error) { return MTimes(opMat(mrow(1, 2, 3)), opMat(mrow(4), mrow(5), mrow(6))) }, Num(32), ""},
		{"col*row", func() (Value, error) { return MTimes(opMat(mrow(1), mrow(2)), opMat(mrow(3, 4))) }, opMat(mrow(3, 4), mrow(6, 8)), ""},
		{"matrix*vector", func() (Value, error) { return MTimes(opMat(mrow(1, 2), mrow(3, 4)), opMat(mrow(1), mrow(1))) }, opMat(mrow(3), mrow(7)), ""},
		{"scalar*matrix", func() (Value, error) { return MTimes(Num(2), opMat(mrow(1, 2), mrow(3, 4))) }, opMat(mrow(2, 4), mrow(6, 8)), ""},
		{"int scalar*matrix", func() (Value, error) { return MTimes(Scalar(Int8, 100), opMat(mrow(1, 2))) },
			opArr(Int8, Dims{1, 2}, 100, 127), ""},
		{"inner dim", func() (Value, error) { return MTimes(opMat(mrow(1, 2, 3)), opMat(mrow(1, 2))) }, Value{}, innerMsg},
		{"empty inner", func() (Value, error) { return MTimes(opArr(Double, Dims{2, 0}), opArr(Double, Dims{0, 3})) },
			opArr(Double, Dims{2, 3}, 0, 0, 0, 0, 0, 0), ""},
		{"empty outer", func() (Value, error) { return MTimes(opArr(Double, Dims{0, 2}), opMat(mrow(1), mrow(2))) },
			opArr(Double, Dims{0, 1}), ""},
		{"complex", func() (Value, error) {
			a := opCplx(Dims{1, 2}, []float64{1, 0}, []float64{1, 2})  // [1+i, 2i]
			b := opCplx(Dims{2, 1}, []float64{1, 3}, []float64{-1, 0}) // [1-i; 3]
			return MTimes(a, b)                                        // (1+i)(1-i) + 6i = 2+6i
		}, Complex(2, 6), ""},
		{"complex times real matrix", func() (Value, error) {
			return MTimes(opCplx(Dims{1, 2}, []float64{1, 2}, []float64{1, 0}), opMat(mrow(1, 0), mrow(0, 1)))
		}, opCplx(Dims{1, 2}, []float64{1, 2}, []float64{1, 0}), ""},
		{"single", func() (Value, error) {
			return MTimes(opArr(Single, Dims{1, 2}, 1, 2), opMat(mrow(0.1), mrow(0.2)))
		}, Scalar(Single, float64(float32(0.5))), ""},
		{"char*matrix", func() (Value, error) { return MTimes(Str("ab"), opMat(mrow(1), mrow(1))) }, Num(195), ""},
		{"logical*logical", func() (Value, error) {
			return MTimes(opArr(Logical, Dims{1, 2}, 1, 1), opArr(Logical, Dims{2, 1}, 1, 1))
		}, Num(2), ""},
		{"integer matrices", func() (Value, error) {
			return MTimes(opArr(Int8, Dims{1, 2}, 1, 1), opArr(Int8, Dims{2, 1}, 1, 1))
		}, Value{}, "MTIMES (*) is not fully supported for integer classes. At least one argument must be scalar."},
		{"nd", func() (Value, error) { return MTimes(opArr(Double, Dims{1, 1, 2}, 1, 2), opMat(mrow(1, 2))) }, Value{},
			"Arguments must be 2-D, or at least one argument must be scalar. Use TIMES (.*) for elementwise multiplication."},
		{"cell", func() (Value, error) { return MTimes(FromRef(NewCell(Dims{1, 1})), Num(1)) }, Value{},
			"Operator '*' is not supported for operands of type 'cell'."},
	}
	runOpCases(t, cases)
}

// opCaptureWarnings runs f and returns the warning identifiers raised.
func opCaptureWarnings(f func()) []string {
	var ids []string
	old := WarningHandler
	WarningHandler = func(id, msg string) { ids = append(ids, id+": "+msg) }
	defer func() { WarningHandler = old }()
	f()
	return ids
}

// opCheckClose compares a numeric result with expected data within a tolerance.
func opCheckClose(t *testing.T, name string, got Value, err error, want Value) {
	t.Helper()
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	ga, _ := got.Array()
	wa, _ := want.Array()
	if !ga.dims.Equal(wa.dims) || ga.class != wa.class || (ga.Im == nil) != (wa.Im == nil) ||
		!opCloseFloats(ga.Re, wa.Re, 1e-12) || !opCloseFloats(ga.Im, wa.Im, 1e-12) {
		t.Errorf("%s: got %v %v %s, want %v %v %s", name, ga.class, ga.dims, opFmtFloats(ga.Re, ga.Im),
			wa.class, wa.dims, opFmtFloats(wa.Re, wa.Im))
	}
}

func TestMLDivide(t *testing.T) {
	type solveCase struct {
		name string
		a, b Value
		want Value
		warn string
	}
	cases := []solveCase{
		{"2x2", opMat(mrow(2, 1), mrow(1, 3)), opMat(mrow(3), mrow(5)), opMat(mrow(0.8), mrow(1.4)), ""},
		{"3x3 pivot", opMat(mrow(0, 2, 1), mrow(1, 1, 1), mrow(2, 1, 0)), opMat(mrow(7), mrow(6), mrow(4)), opMat(mrow(1), mrow(2), mrow(3)), ""},
		{"multiple rhs", opMat(mrow(4, 0), mrow(0, 2)), opMat(mrow(4, 8), mrow(2, 6)), opMat(mrow(1, 2), mrow(1, 3)), ""},
		{"overdetermined", opMat(mrow(1, 0), mrow(0, 1), mrow(1, 1)), opMat(mrow(1), mrow(1), mrow(0)), opMat(mrow(1.0/3), mrow(1.0/3)), ""},
		{"line fit", opMat(mrow(1, 0), mrow(1, 1), mrow(1, 2), mrow(1, 3)), opMat(mrow(1), mrow(3), mrow(5), mrow(7)), opMat(mrow(1), mrow(2)), ""},
		{"underdetermined basic", opMat(mrow(1, 2)), Num(4), opMat(mrow(0), mrow(2)), ""},
		{"rank deficient", opMat(mrow(1, 1), mrow(1, 1), mrow(1, 1)), opMat(mrow(2), mrow(2), mrow(2)), opMat(mrow(2), mrow(0)), IDRankDeficientMatrix},
		{"singular", opMat(mrow(1, 1), mrow(1, 1)), opMat(mrow(1), mrow(2)), Value{}, IDSingularMatrix},
		{"nearly singular", opMat(mrow(1, 1), mrow(1, 1+1e-17*3)), opMat(mrow(1), mrow(2)), Value{}, ""},
		{"complex", opCplx(Dims{2, 2}, []float64{1, 0, 0, 1}, []float64{1, 0, 0, 0}), opMat(mrow(2), mrow(3)),
			opCplx(Dims{2, 1}, []float64{1, 3}, []float64{-1, 0}), ""},
		{"scalar a", Num(2), opMat(mrow(2, 4)), opMat(mrow(1, 2)), ""},
		{"empty", opArr(Double, Dims{0, 3}), opArr(Double, Dims{0, 2}), opArr(Double, Dims{3, 2}, 0, 0, 0, 0, 0, 0), ""},
		{"single", opArr(Single, Dims{2, 2}, 2, 0, 0, 4), opMat(mrow(1), mrow(1)), opArr(Single, Dims{2, 1}, 0.5, 0.25), ""},
	}
	for _, c := range cases {
		var got Value
		var err error
		warns := opCaptureWarnings(func() { got, err = MLDivide(c.a, c.b) })
		if c.warn != "" {
			if len(warns) != 1 || warns[0][:len(c.warn)] != c.warn {
				t.Errorf("%s: warnings %v, want %s", c.name, warns, c.warn)
			}
		}
		if c.want.Defined() {
			opCheckClose(t, c.name, got, err, c.want)
		}
	}
	warns := opCaptureWarnings(func() { _, _ = MLDivide(opMat(mrow(1, 1), mrow(1, 1)), opMat(mrow(1), mrow(2))) })
	if len(warns) != 1 || warns[0] != "MATLAB:singularMatrix: Matrix is singular to working precision." {
		t.Errorf("singular warning %v", warns)
	}
	warns = opCaptureWarnings(func() { _, _ = MLDivide(opMat(mrow(1, 2), mrow(1, 2+1e-15)), opMat(mrow(1), mrow(2))) })
	if len(warns) != 1 || warns[0][:len(IDNearlySingularMatrix)] != IDNearlySingularMatrix {
		t.Errorf("nearly singular warning %v", warns)
	}

	errCases := []opCase{
		{"rows", func() (Value, error) { return MLDivide(opMat(mrow(1, 2), mrow(3, 4)), opMat(mrow(1, 2, 3))) }, Value{}, "Matrix dimensions must agree."},
		{"nd", func() (Value, error) { return MLDivide(opArr(Double, Dims{1, 1, 2}, 1, 2), opMat(mrow(1))) }, Value{},
			"Arguments must be 2-D, or at least one argument must be scalar. Use LDIVIDE (.\\) for elementwise left division."},
		{"int", func() (Value, error) { return MLDivide(opArr(Int8, Dims{2, 2}, 1, 0, 0, 1), opMat(mrow(1), mrow(1))) }, Value{}, msgSolveInteger},
		{"inline", func() (Value, error) { return MLDivide(Num(4), Num(2)) }, Num(0.5), ""},
	}
	runOpCases(t, errCases)
}

func TestMRDivide(t *testing.T) {
	got, err := MRDivide(opMat(mrow(3, 5)), opMat(mrow(2, 1), mrow(1, 3)))
	opCheckClose(t, "row / symmetric", got, err, opMat(mrow(0.8, 1.4)))
	got, err = MRDivide(opMat(mrow(1, 2), mrow(5, 6)), opMat(mrow(1, 2), mrow(3, 4)))
	opCheckClose(t, "matrix / square", got, err, opMat(mrow(1, 0), mrow(-1, 2)))
	got, err = MRDivide(opMat(mrow(2, 4), mrow(6, 8)), Num(2))
	opCheckClose(t, "matrix / scalar", got, err, opMat(mrow(1, 2), mrow(3, 4)))
	got, err = MRDivide(Num(6), Num(4))
	opCheckClose(t, "scalars", got, err, Num(1.5))
	got, err = MRDivide(opMat(mrow(1, 2), mrow(3, 4)), opMat(mrow(1, 2), mrow(3, 4)))
	opCheckClose(t, "a/a", got, err, opMat(mrow(1, 0), mrow(0, 1)))
	got, err = MRDivide(Num(2), opMat(mrow(1), mrow(2)))
	opCheckClose(t, "scalar / column", got, err, opMat(mrow(0, 1)))
	got, err = MRDivide(Scalar(Int32, 7), Scalar(Int32, 2))
	checkOp(t, "int / int", got, err, Scalar(Int32, 4), "")
	_, err = MRDivide(opMat(mrow(1, 2)), opMat(mrow(1, 2, 3)))
	checkOp(t, "cols", Value{}, err, Value{}, "Matrix dimensions must agree.")
	_, err = MRDivide(String("a"), opMat(mrow(1, 2)))
	checkOp(t, "string", Value{}, err, Value{}, "Operator '/' is not supported for operands of type 'string'.")
}

func TestMPower(t *testing.T) {
	a := opMat(mrow(1, 1), mrow(1, 0))
	cases := []opCase{
		{"scalars", func() (Value, error) { return MPower(Num(2), Num(10)) }, Num(1024), ""},
		{"scalar complex", func() (Value, error) { return MPower(Complex(0, 1), Num(2)) }, Num(-1), ""},
		{"fib 10", func() (Value, error) { return MPower(a, Num(10)) }, opMat(mrow(89, 55), mrow(55, 34)), ""},
		{"power 1", func() (Value, error) { return MPower(a, Num(1)) }, a, ""},
		{"power 0", func() (Value, error) { return MPower(a, Num(0)) }, opMat(mrow(1, 0), mrow(0, 1)), ""},
		{"power 2 char", func() (Value, error) { return MPower(opArr(Char, Dims{1, 1}, 2), Num(2)) }, Num(4), ""},
		{"power 3", func() (Value, error) { return MPower(opMat(mrow(2, 0), mrow(0, 3)), Num(3)) }, opMat(mrow(8, 0), mrow(0, 27)), ""},
		{"non-square", func() (Value, error) { return MPower(opMat(mrow(1, 2)), Num(2)) }, Value{}, errMPowerDims.Msg},
		{"matrix exponent", func() (Value, error) { return MPower(a, a) }, Value{}, errMPowerDims.Msg},
		{"fractional", func() (Value, error) { return MPower(a, Num(0.5)) }, Value{}, "Raising a matrix to a non-integer power is not supported."},
		{"scalar^matrix", func() (Value, error) { return MPower(Num(2), a) }, Value{}, "Raising a scalar to a matrix power is not supported."},
		{"cell", func() (Value, error) { return MPower(FromRef(NewCell(Dims{1, 1})), Num(2)) }, Value{},
			"Operator '^' is not supported for operands of type 'cell'."},
	}
	runOpCases(t, cases)
	got, err := MPower(opMat(mrow(2, 0), mrow(0, 4)), Num(-2))
	opCheckClose(t, "inverse squared", got, err, opMat(mrow(0.25, 0), mrow(0, 1.0/16)))
	got, err = MPower(opMat(mrow(1, 2), mrow(3, 4)), Num(-1))
	opCheckClose(t, "inverse", got, err, opMat(mrow(-2, 1), mrow(1.5, -0.5)))
	got, err = MPower(opCplx(Dims{2, 2}, []float64{0, 0, 0, 0}, []float64{1, 0, 0, 1}), Num(2))
	opCheckClose(t, "complex", got, err, opMat(mrow(-1, 0), mrow(0, -1)))
}

func TestTranspose(t *testing.T) {
	cases := []opCase{
		{"scalar", func() (Value, error) { return Transpose(Num(3)) }, Num(3), ""},
		{"matrix", func() (Value, error) { return Transpose(opMat(mrow(1, 2, 3), mrow(4, 5, 6))) }, opMat(mrow(1, 4), mrow(2, 5), mrow(3, 6)), ""},
		{"row", func() (Value, error) { return Transpose(Str("ab")) }, opArr(Char, Dims{2, 1}, 'a', 'b'), ""},
		{"empty", func() (Value, error) { return Transpose(opArr(Double, Dims{0, 3})) }, opArr(Double, Dims{3, 0}), ""},
		{"complex", func() (Value, error) { return Transpose(opCplx(Dims{1, 2}, []float64{1, 2}, []float64{3, 4})) },
			opCplx(Dims{2, 1}, []float64{1, 2}, []float64{3, 4}), ""},
		{"ctranspose complex", func() (Value, error) { return CTranspose(opCplx(Dims{1, 2}, []float64{1, 2}, []float64{3, 4})) },
			opCplx(Dims{2, 1}, []float64{1, 2}, []float64{-3, -4}), ""},
		{"ctranspose real", func() (Value, error) { return CTranspose(opMat(mrow(1, 2))) }, opMat(mrow(1), mrow(2)), ""},
		{"ctranspose scalar complex", func() (Value, error) { return CTranspose(Complex(1, 2)) }, Complex(1, -2), ""},
		{"strings", func() (Value, error) { return Transpose(FromRef(NewStringArray(Dims{1, 2}, []string{"a", "b"}))) },
			FromRef(NewStringArray(Dims{2, 1}, []string{"a", "b"})), ""},
		{"nd", func() (Value, error) { return Transpose(opArr(Double, Dims{1, 1, 2}, 1, 2)) }, Value{},
			"Transpose on ND array is not defined. Use PERMUTE instead."},
		{"nd cell", func() (Value, error) { return CTranspose(FromRef(NewCell(Dims{1, 2, 2}))) }, Value{},
			"Transpose on ND array is not defined. Use PERMUTE instead."},
	}
	runOpCases(t, cases)

	c := NewCellFrom(Dims{2, 3}, []Value{Num(1), Num(2), Num(3), Num(4), Num(5), Num(6)})
	v, err := Transpose(FromRef(c))
	if err != nil {
		t.Fatal(err)
	}
	tc := v.Ref().(*Cell)
	if !tc.dims.Equal(Dims{3, 2}) || tc.Elems[1].Float() != 3 || tc.Elems[3].Float() != 2 {
		t.Errorf("cell transpose: %v %v", tc.dims, tc.Elems)
	}

	s := NewStruct(Dims{1, 2}, []string{"f"})
	s.Elems[0][0], s.Elems[1][0] = Num(1), Num(2)
	v, err = Transpose(FromRef(s))
	if err != nil {
		t.Fatal(err)
	}
	ts := v.Ref().(*Struct)
	if !ts.dims.Equal(Dims{2, 1}) || ts.Elems[1][0].Float() != 2 {
		t.Errorf("struct transpose: %v", ts.dims)
	}
	ts.Elems[0][0] = Num(9)
	if s.Elems[0][0].Float() != 1 {
		t.Error("struct transpose shares rows")
	}

	f := FromRef(&Func{Name: "sin"})
	if v, err := CTranspose(f); err != nil || v.Ref() != f.Ref() {
		t.Errorf("function handle transpose: %v", err)
	}
	if _, err := Transpose(FromRef(opTestObject{})); err == nil ||
		err.Error() != "Undefined function 'transpose' for input arguments of type 'widget'." {
		t.Errorf("object transpose: %v", err)
	}
}

// opTestObject is a minimal Object for error-message tests.
type opTestObject struct{}

func (opTestObject) Class() Class      { return ObjectClass }
func (opTestObject) Size() Dims        { return scalarDims }
func (opTestObject) ClassName() string { return "widget" }
