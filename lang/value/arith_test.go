package value

import (
	"math"
	"testing"
)

func TestArithmeticValues(t *testing.T) {
	inf, nan := math.Inf(1), math.NaN()
	row := func(xs ...float64) Value { return opArr(Double, Dims{1, len(xs)}, xs...) }
	col := func(xs ...float64) Value { return opArr(Double, Dims{len(xs), 1}, xs...) }
	i8 := func(xs ...float64) Value { return opArr(Int8, Dims{1, len(xs)}, xs...) }
	u8 := func(xs ...float64) Value { return opArr(Uint8, Dims{1, len(xs)}, xs...) }
	i32 := func(x float64) Value { return Scalar(Int32, x) }
	sg := func(xs ...float64) Value { return opArr(Single, Dims{1, len(xs)}, xs...) }
	cases := []opCase{
		{"scalars", func() (Value, error) { return Plus(Num(1), Num(2)) }, Num(3), ""},
		{"logical+logical", func() (Value, error) { return Plus(Bool(true), Bool(true)) }, Num(2), ""},
		{"row+scalar", func() (Value, error) { return Plus(row(1, 2, 3), Num(10)) }, row(11, 12, 13), ""},
		{"scalar-row", func() (Value, error) { return Minus(Num(10), row(1, 2, 3)) }, row(9, 8, 7), ""},
		{"same size", func() (Value, error) { return Times(row(1, 2, 3), row(4, 5, 6)) }, row(4, 10, 18), ""},
		{"row.*col", func() (Value, error) { return Times(row(1, 2, 3), col(1, 10)) },
			opArr(Double, Dims{2, 3}, 1, 10, 2, 20, 3, 30), ""},
		{"col-row", func() (Value, error) { return Minus(col(10, 20), row(1, 2)) },
			opArr(Double, Dims{2, 2}, 9, 19, 8, 18), ""},
		{"rdivide", func() (Value, error) { return RDivide(row(1, 2, 3), Num(2)) }, row(0.5, 1, 1.5), ""},
		{"ldivide", func() (Value, error) { return LDivide(Num(2), row(1, 2, 3)) }, row(0.5, 1, 1.5), ""},
		{"ldivide arrays", func() (Value, error) { return LDivide(row(2, 4), row(1, 2)) }, row(0.5, 0.5), ""},
		{"divide by zero", func() (Value, error) { return RDivide(row(1, -1, 0), Num(0)) }, row(inf, -inf, nan), ""},
		{"nan propagates", func() (Value, error) { return Plus(row(nan, 1), Num(1)) }, row(nan, 2), ""},
		{"inf-inf", func() (Value, error) { return Minus(row(inf), row(inf)) }, Num(nan), ""},
		{"power", func() (Value, error) { return Power(row(1, 2, 3), Num(2)) }, row(1, 4, 9), ""},
		{"power vector exp", func() (Value, error) { return Power(Num(2), row(0, 1, 10, -1)) }, row(1, 2, 1024, 0.5), ""},
		{"power negative int exp", func() (Value, error) { return Power(row(-2), Num(3)) }, Num(-8), ""},
		{"power complex", func() (Value, error) { return Power(Num(-4), Num(0.5)) }, Complex(2*math.Cos(math.Pi/2), 2), ""},
		{"power mixed complex", func() (Value, error) { return Power(row(-4, 4), Num(0.5)) },
			opCplx(Dims{1, 2}, []float64{2 * math.Cos(math.Pi/2), 2}, []float64{2, 0}), ""},
		{"power nan exponent stays real", func() (Value, error) { return Power(row(-2), Num(nan)) }, Num(nan), ""},
		{"char+1", func() (Value, error) { return Plus(Str("ab"), Num(1)) }, row(98, 99), ""},
		{"char+char", func() (Value, error) { return Plus(Str("a"), Str("b")) }, Num(195), ""},
		{"logical array*2", func() (Value, error) { return Times(opArr(Logical, Dims{1, 2}, 1, 0), Num(2)) }, row(2, 0), ""},
		{"int8 saturate", func() (Value, error) { return Plus(Scalar(Int8, 100), Scalar(Int8, 100)) }, Scalar(Int8, 127), ""},
		{"int8 saturate low", func() (Value, error) { return Minus(Scalar(Int8, -100), Num(100)) }, Scalar(Int8, -128), ""},
		{"uint8 floor", func() (Value, error) { return Minus(Scalar(Uint8, 3), Num(5)) }, Scalar(Uint8, 0), ""},
		{"int8 round half away", func() (Value, error) { return RDivide(Scalar(Int8, -7), Num(2)) }, Scalar(Int8, -4), ""},
		{"int32 division rounds", func() (Value, error) { return RDivide(i32(7), i32(2)) }, i32(4), ""},
		{"int32 ldivide", func() (Value, error) { return LDivide(i32(2), i32(7)) }, i32(4), ""},
		{"int divide by zero", func() (Value, error) { return RDivide(i8(5, -5, 0), Num(0)) }, i8(127, -128, 0), ""},
		{"int times double array", func() (Value, error) { return Times(i8(5, 6), row(0.3, 0.5)) }, i8(2, 3), ""},
		{"double+int", func() (Value, error) { return Plus(row(1.4, 250), u8(1, 10)) }, u8(2, 255), ""},
		{"int+logical", func() (Value, error) { return Plus(Scalar(Int8, 1), Bool(true)) }, Scalar(Int8, 2), ""},
		{"int+char", func() (Value, error) { return Plus(Scalar(Int8, 1), Str("a")) }, Scalar(Int8, 98), ""},
		{"int+single", func() (Value, error) { return Plus(Scalar(Int16, 1), Scalar(Single, 2.6)) }, Scalar(Int16, 4), ""},
		{"int power saturates", func() (Value, error) { return Power(Scalar(Int8, 2), Num(10)) }, Scalar(Int8, 127), ""},
		{"int + nan", func() (Value, error) { return Plus(Scalar(Int8, 2), Num(nan)) }, Scalar(Int8, 0), ""},
		{"mixed ints", func() (Value, error) { return Plus(Scalar(Int8, 1), Scalar(Int16, 1)) }, Value{},
			"Integers can only be combined with integers of the same class, or scalar doubles."},
		{"single rounding", func() (Value, error) { return Plus(sg(1), Num(0.1)) }, sg(float64(float32(1.1))), ""},
		{"single/3", func() (Value, error) { return RDivide(Scalar(Single, 1), Num(3)) }, Scalar(Single, float64(float32(1.0/3))), ""},
		{"single overflow", func() (Value, error) { return Times(Scalar(Single, 1e38), Num(10)) }, Scalar(Single, inf), ""},
		{"complex plus", func() (Value, error) { return Plus(Complex(1, 2), row(1, 2)) },
			opCplx(Dims{1, 2}, []float64{2, 3}, []float64{2, 2}), ""},
		{"complex times", func() (Value, error) { return Times(Complex(1, 2), Complex(3, 4)) }, Complex(-5, 10), ""},
		{"complex conj product real", func() (Value, error) { return Times(Complex(1, 2), Complex(1, -2)) }, Num(5), ""},
		{"complex minus to real", func() (Value, error) { return Minus(Complex(1, 2), Complex(0, 2)) }, Num(1), ""},
		{"complex divide", func() (Value, error) { return RDivide(Complex(-5, 10), Complex(3, 4)) }, Complex(1, 2), ""},
		{"complex divide real zero", func() (Value, error) { return RDivide(Complex(1, 2), Num(0)) }, Complex(inf, inf), ""},
		{"real times complex inf", func() (Value, error) { return Times(Num(inf), Complex(1, 0)) }, Complex(inf, nan), ""},
		{"complex times real inf", func() (Value, error) { return Times(Complex(2, 1), Num(inf)) }, Complex(inf, inf), ""},
		{"complex square", func() (Value, error) { return Power(Complex(1, 2), Num(2)) }, Complex(-3, 4), ""},
		{"complex int plus", func() (Value, error) {
			return Plus(FromRef(&Array{class: Int8, dims: Dims{1, 1}, Re: []float64{1}, Im: []float64{2}}), Num(1.6))
		}, FromRef(&Array{class: Int8, dims: Dims{1, 1}, Re: []float64{3}, Im: []float64{2}}), ""},
		{"complex int times", func() (Value, error) {
			return Times(FromRef(&Array{class: Int8, dims: Dims{1, 1}, Re: []float64{1}, Im: []float64{2}}), Num(2))
		}, Value{}, "Complex integer arithmetic is not supported."},
		{"int negative fractional power", func() (Value, error) { return Power(Scalar(Int8, -8), Num(0.5)) }, Value{},
			"Complex integer arithmetic is not supported."},
		{"size mismatch", func() (Value, error) { return Plus(row(1, 2, 3), row(1, 2)) }, Value{},
			"Arrays have incompatible sizes for this operation."},
		{"empty + scalar", func() (Value, error) { return Plus(Empty(), Num(1)) }, opArr(Double, Dims{0, 0}), ""},
		{"0x3 + 1x3", func() (Value, error) { return Plus(opArr(Double, Dims{0, 3}), row(1, 2, 3)) }, opArr(Double, Dims{0, 3}), ""},
		{"0x3 + 2x3", func() (Value, error) {
			return Plus(opArr(Double, Dims{0, 3}), opArr(Double, Dims{2, 3}, 1, 2, 3, 4, 5, 6))
		}, Value{},
			"Arrays have incompatible sizes for this operation."},
		{"cell operand", func() (Value, error) { return Plus(FromRef(NewCell(Dims{1, 1})), Num(1)) }, Value{},
			"Operator '+' is not supported for operands of type 'cell'."},
		{"struct operand", func() (Value, error) { return Times(Num(1), FromRef(NewStruct(Dims{1, 1}, nil))) }, Value{},
			"Operator '.*' is not supported for operands of type 'struct'."},
		{"handle operand", func() (Value, error) { return Minus(FromRef(&Func{Name: "sin"}), Num(1)) }, Value{},
			"Operator '-' is not supported for operands of type 'function_handle'."},
		{"string minus", func() (Value, error) { return Minus(String("a"), Num(1)) }, Value{},
			"Operator '-' is not supported for operands of type 'string'."},
		{"ldivide symbol", func() (Value, error) { return LDivide(Num(1), FromRef(NewCell(Dims{1, 1}))) }, Value{},
			"Operator '.\\' is not supported for operands of type 'cell'."},
	}
	runOpCases(t, cases)
}

func TestBroadcast3D(t *testing.T) {
	// a is 2×1×2, b is 1×3: the result is 2×3×2 with r(i,j,k) = a(i,1,k) + b(1,j).
	a := opArr(Double, Dims{2, 1, 2}, 1, 2, 3, 4)
	b := opArr(Double, Dims{1, 3}, 10, 20, 30)
	got, err := Plus(a, b)
	want := opArr(Double, Dims{2, 3, 2}, 11, 12, 21, 22, 31, 32, 13, 14, 23, 24, 33, 34)
	checkOp(t, "2x1x2 + 1x3", got, err, want, "")
	got, err = Minus(b, a)
	wantNeg := opArr(Double, Dims{2, 3, 2}, 9, 8, 19, 18, 29, 28, 7, 6, 17, 16, 27, 26)
	checkOp(t, "1x3 - 2x1x2", got, err, wantNeg, "")

	// Same leading dimensions, expanded along the third.
	c := opArr(Double, Dims{2, 2, 2}, 1, 2, 3, 4, 5, 6, 7, 8)
	d := opArr(Double, Dims{2, 2}, 10, 20, 30, 40)
	got, err = Times(c, d)
	checkOp(t, "2x2x2 .* 2x2", got, err, opArr(Double, Dims{2, 2, 2}, 10, 40, 90, 160, 50, 120, 210, 320), "")
	// Expanded in the middle dimension.
	e := opArr(Double, Dims{2, 1, 2}, 1, 2, 3, 4)
	got, err = Plus(c, e)
	checkOp(t, "2x2x2 + 2x1x2", got, err, opArr(Double, Dims{2, 2, 2}, 2, 4, 4, 6, 8, 10, 10, 12), "")
	// 1x1x2 against 2x2.
	f := opArr(Double, Dims{1, 1, 2}, 100, 200)
	got, err = Plus(d, f)
	checkOp(t, "2x2 + 1x1x2", got, err, opArr(Double, Dims{2, 2, 2}, 110, 120, 130, 140, 210, 220, 230, 240), "")
	// 3-d mismatch.
	_, err = Plus(c, opArr(Double, Dims{1, 1, 3}, 1, 2, 3))
	checkOp(t, "mismatch", Value{}, err, Value{}, "Arrays have incompatible sizes for this operation.")
	// Trailing singleton result is trimmed: 2×2×1.
	got, err = Plus(opArr(Double, Dims{2, 1}, 1, 2), opArr(Double, Dims{1, 2}, 1, 2))
	checkOp(t, "2x1 + 1x2", got, err, opArr(Double, Dims{2, 2}, 2, 3, 3, 4), "")
}

func TestBroadcastMatchesNaive(t *testing.T) {
	shapes := []Dims{{1, 1}, {3, 1}, {1, 4}, {3, 4}, {3, 1, 2}, {1, 4, 2}, {1, 1, 2}, {3, 4, 2}, {1, 1, 1, 3}, {3, 1, 1, 3}}
	for _, da := range shapes {
		for _, db := range shapes {
			a := opSeqArray(da, 1)
			b := opSeqArray(db, 100)
			got, err := Minus(a, b)
			dout, derr := broadcastDims(da, db)
			if derr != nil {
				if err == nil {
					t.Errorf("%v - %v: no error", da, db)
				}
				continue
			}
			if err != nil {
				t.Fatalf("%v - %v: %v", da, db, err)
			}
			ga, _ := got.Array()
			aa, _ := a.Array()
			ba, _ := b.Array()
			want := opNaiveMinus(aa, ba, dout)
			if !opSameFloats(ga.Re, want) {
				t.Errorf("%v - %v = %v, want %v", da, db, ga.Re, want)
			}
		}
	}
}

// opSeqArray returns a double array of size d holding start, start+1, ….
func opSeqArray(d Dims, start float64) Value {
	re := make([]float64, d.Numel())
	for i := range re {
		re[i] = start + float64(i)
	}
	return FromRef(&Array{class: Double, dims: d, Re: re})
}

// opNaiveMinus computes a - b with expansion by subscripts, for reference.
func opNaiveMinus(a, b *Array, d Dims) []float64 {
	out := make([]float64, d.Numel())
	sub := make([]int, len(d))
	for i := range out {
		r := i
		for k := range d {
			sub[k] = r % d[k]
			r /= d[k]
		}
		out[i] = a.Re[opLinearIndex(a.dims, sub)] - b.Re[opLinearIndex(b.dims, sub)]
	}
	return out
}

// opLinearIndex maps a subscript to a column-major index, with size-1
// dimensions expanded.
func opLinearIndex(d Dims, sub []int) int {
	idx, stride := 0, 1
	for k, s := range sub {
		n := d.At(k)
		if n != 1 {
			idx += s * stride
		}
		stride *= n
	}
	return idx
}

func TestUnary(t *testing.T) {
	cases := []opCase{
		{"negate num", func() (Value, error) { return Negate(Num(2)) }, Num(-2), ""},
		{"negate bool", func() (Value, error) { return Negate(Bool(true)) }, Num(-1), ""},
		{"negate char", func() (Value, error) { return Negate(Str("a")) }, Num(-97), ""},
		{"negate int8 min", func() (Value, error) { return Negate(Scalar(Int8, -128)) }, Scalar(Int8, 127), ""},
		{"negate uint8", func() (Value, error) { return Negate(Scalar(Uint8, 5)) }, Scalar(Uint8, 0), ""},
		{"negate complex", func() (Value, error) { return Negate(Complex(1, -2)) }, Complex(-1, 2), ""},
		{"negate single", func() (Value, error) { return Negate(opArr(Single, Dims{1, 2}, 1, -2)) }, opArr(Single, Dims{1, 2}, -1, 2), ""},
		{"negate cell", func() (Value, error) { return Negate(FromRef(NewCell(Dims{1, 1}))) }, Value{},
			"Operator '-' is not supported for operands of type 'cell'."},
		{"uplus char", func() (Value, error) { return UPlus(Str("ab")) }, opArr(Double, Dims{1, 2}, 97, 98), ""},
		{"uplus logical", func() (Value, error) { return UPlus(opArr(Logical, Dims{1, 2}, 1, 0)) }, opArr(Double, Dims{1, 2}, 1, 0), ""},
		{"uplus int", func() (Value, error) { return UPlus(Scalar(Int16, 7)) }, Scalar(Int16, 7), ""},
		{"uplus empty char", func() (Value, error) { return UPlus(Str("")) }, opArr(Double, Dims{0, 0}), ""},
		{"uplus string", func() (Value, error) { return UPlus(String("a")) }, Value{},
			"Operator '+' is not supported for operands of type 'string'."},
	}
	runOpCases(t, cases)
}

func TestResultsAreFresh(t *testing.T) {
	a := opArr(Double, Dims{1, 3}, 1, 2, 3)
	ops := map[string]func() (Value, error){
		"plus0":  func() (Value, error) { return Plus(a, Num(0)) },
		"uplus":  func() (Value, error) { return UPlus(a) },
		"trans":  func() (Value, error) { return Transpose(a) },
		"mtimes": func() (Value, error) { return MTimes(a, Num(1)) },
		"double": func() (Value, error) { return ConvertTo(a, Double) },
	}
	for name, op := range ops {
		v, err := op()
		if err != nil {
			t.Fatal(err)
		}
		r, _ := v.Array()
		r.Re[0] = 99
		if orig, _ := a.Array(); orig.Re[0] != 1 {
			t.Fatalf("%s aliased its operand", name)
		}
	}
}
