package display

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"gomat/lang/value"
)

var (
	short    = Format{}
	long     = Format{Style: Long}
	compact  = Format{Compact: true}
	shortE   = Format{Style: ShortE}
	longE    = Format{Style: LongE}
	shortG   = Format{Style: ShortG}
	longG    = Format{Style: LongG}
	shortEng = Format{Style: ShortEng}
	longEng  = Format{Style: LongEng}
)

// body wraps the value lines of a plain "x =" display under format loose.
func body(lines string) string { return "x =\n\n" + lines + "\n\n" }

type displayCase struct {
	name string
	v    value.Value
	f    Format
	want string
}

var doubleScalarCases = []displayCase{
	{"int", num(5), short, body("     5")},
	{"negative int", num(-5), short, body("    -5")},
	{"zero", num(0), short, body("     0")},
	{"minus zero", num(math.Copysign(0, -1)), short, body("     0")},
	{"three digits", num(100), short, body("   100")},
	{"four digits", num(1000), short, body("        1000")},
	{"six digits", num(123456), short, body("      123456")},
	{"1e5 is an integer", num(1e5), short, body("      100000")},
	{"nine digits", num(123456789), short, body("   123456789")},
	{"2^31", num(1 << 31), short, body("   2.1475e+09")},
	{"1e10", num(1e10), short, body("   1.0000e+10")},
	{"fraction", num(1.5), short, body("    1.5000")},
	{"negative fraction", num(-1.5), short, body("   -1.5000")},
	{"4/3", num(4.0 / 3), short, body("    1.3333")},
	{"two int digits", num(10.5), short, body("   10.5000")},
	{"three int digits", num(100.5), short, body("  100.5000")},
	{"negative three int digits", num(-100.5), short, body(" -100.5000")},
	{"large fraction", num(123456.7), short, body("   1.2346e+05")},
	{"1234.5", num(1234.5), short, body("   1.2345e+03")},
	{"negative large", num(-1234.5), short, body("  -1.2345e+03")},
	{"0.01", num(0.01), short, body("    0.0100")},
	{"0.001", num(0.001), short, body("   1.0000e-03")},
	{"tiny", num(1.5e-10), short, body("   1.5000e-10")},
	{"NaN", num(math.NaN()), short, body("   NaN")},
	{"Inf", num(math.Inf(1)), short, body("   Inf")},
	{"-Inf", num(math.Inf(-1)), short, body("  -Inf")},
	{"pi short", num(math.Pi), short, body("    3.1416")},
	{"pi long", num(math.Pi), long, body("   3.141592653589793")},
	{"pi shortE", num(math.Pi), shortE, body("   3.1416e+00")},
	{"pi longE", num(math.Pi), longE, body("   3.141592653589793e+00")},
	{"pi shortG", num(math.Pi), shortG, body("       3.1416")},
	{"pi longG", num(math.Pi), longG, body("       3.14159265358979")},
	{"10pi long", num(10 * math.Pi), long, body("  31.415926535897931")},
	{"100pi long", num(100 * math.Pi), long, body("   3.141592653589793e+02")},
	{"int long", num(5), long, body("     5")},
	{"int shortE", num(5), shortE, body("     5")},
	{"4/3 long", num(4.0 / 3), long, body("   1.333333333333333")},
	{"shortG large", num(123456.7), shortG, body("   1.2346e+05")},
	{"shortEng 5", num(5.123456789), shortEng, body("     5.1235e+000")},
	{"shortEng 51", num(51.23456789), shortEng, body("    51.2346e+000")},
	{"shortEng 512", num(512.3456789), shortEng, body("   512.3457e+000")},
	{"shortEng 5123", num(5123.456789), shortEng, body("     5.1235e+003")},
	{"longEng 5", num(5.123456789), longEng, body("    5.12345678900000e+000")},
	{"longEng 51", num(51.23456789), longEng, body("    51.2345678900000e+000")},
	{"longEng 512e3", num(512345.6789), longEng, body("    512.345678900000e+003")},
	{"complex", value.Complex(3, 4), short, body("   3.0000 + 4.0000i")},
	{"complex minus", value.Complex(1, -2), short, body("   1.0000 - 2.0000i")},
	{"complex negative real", value.Complex(-1.5, 2), short, body("  -1.5000 + 2.0000i")},
	{"complex pure imaginary", value.Complex(0, 2), short, body("   0.0000 + 2.0000i")},
	{"complex zero", value.Complex(0, 0), short, body("   0.0000 + 0.0000i")},
	{"complex NaN", value.Complex(math.NaN(), 1), short, body("   NaN + 1.0000i")},
	{"complex large", value.Complex(1000.5, 1), short, body("   1.0005e+03 + 1.0000e+00i")},
	{"single pi", single(float64(float32(math.Pi))), short, body("  single\n\n    3.1416")},
	{"single pi long", single(float64(float32(math.Pi))), long, body("  single\n\n   3.1415927")},
	{"single int", single(7), short, body("  single\n\n     7")},
}

var doubleMatrixCases = []displayCase{
	{"ints", row(1, 2, 3), short, body("     1     2     3")},
	{"ints with negative", row(1, -2, 300), short, body("     1    -2   300")},
	{"two and three digits", row(10, 200), short, body("    10   200")},
	{"four digits", row(1000, 2), short, body("        1000           2")},
	{"six digits", row(100000, 2), short, body("      100000           2")},
	{"negative four digits", row(-1000, 2), short, body("       -1000           2")},
	{"int matrix", mat(2, 2, 1, 2, 3, 4), short, body("     1     2\n     3     4")},
	{"int column", col(1, 20, 300), short, body("     1\n    20\n   300")},
	{"fractions", row(1.5, 2.25), short, body("    1.5000    2.2500")},
	{"fraction negative", row(1.5, -2.25), short, body("    1.5000   -2.2500")},
	{"fraction wide", row(10.5, 2), short, body("   10.5000    2.0000")},
	{"fraction three digits", row(-100.5, 2), short, body(" -100.5000    2.0000")},
	{"exact zeros bare", mat(2, 2, 0.5, 0, 0, 0.5), short, body("    0.5000         0\n         0    0.5000")},
	{"scale factor", row(1, 1000.5), short, body("   1.0e+03 *\n\n    0.0010    1.0005")},
	{"scale factor small", row(0.0001, 0.0002), short, body("   1.0e-04 *\n\n    1.0000    2.0000")},
	{"no scale factor from 0.001 up", row(0.001, 0.002), short, body("    0.0010    0.0020")},
	{"scale factor at 0.001", row(0.001, 0.0005), short, body("   1.0e-03 *\n\n    1.0000    0.5000")},
	{"scale factor big int", row(1e10, 1), short, body("   1.0e+10 *\n\n    1.0000    0.0000")},
	{"doc example short", row(25, 56.31156, 255.52675, 9876899999), short,
		body("   1.0e+09 *\n\n    0.0000    0.0000    0.0000    9.8769")},
	{"doc example shortG", row(25, 56.31156, 255.52675, 9876899999), shortG,
		body("           25       56.312       255.53   9.8769e+09")},
	{"tiny beside one", row(1e-5, 1), short, body("    0.0000    1.0000")},
	{"4/3 and tiny short", row(4.0/3, 1.2345e-6), short, body("    1.3333    0.0000")},
	{"4/3 and tiny long", row(4.0/3, 1.2345e-6), long, body("   1.333333333333333   0.000001234500000")},
	{"4/3 and tiny shortE", row(4.0/3, 1.2345e-6), shortE, body("   1.3333e+00   1.2345e-06")},
	{"4/3 and tiny shortG", row(4.0/3, 1.2345e-6), shortG, body("       1.3333   1.2345e-06")},
	{"ints with NaN", row(1, math.NaN(), 3), short, body("     1   NaN     3")},
	{"fractions with NaN Inf", row(1.5, math.NaN(), math.Inf(-1)), short, body("    1.5000       NaN      -Inf")},
	{"all NaN", row(math.NaN(), math.NaN()), short, body("   NaN   NaN")},
	{"scaled with NaN", row(1, math.NaN(), 1000.5), short, body("   1.0e+03 *\n\n    0.0010       NaN    1.0005")},
	{"fraction column", col(math.Pi, -10.5), short, body("    3.1416\n  -10.5000")},
	{"long row", row(math.Pi, 1), long, body("   3.141592653589793   1.000000000000000")},
	{"long column two digits", col(math.Pi, 10*math.Pi), long, body("   3.141592653589793\n  31.415926535897931")},
	{"long scale factor", col(math.Pi, 100*math.Pi), long,
		body("   1.0e+02 *\n\n   0.031415926535898\n   3.141592653589793")},
	{"shortE row", row(1, -2.5), shortE, body("   1.0000e+00  -2.5000e+00")},
	{"shortE zero", row(0, 2.5), shortE, body("            0   2.5000e+00")},
	{"longE row", row(0.5, 2), longE, body("   5.000000000000000e-01   2.000000000000000e+00")},
	{"complex row", cplx(value.Dims{1, 2}, []float64{1, 3}, []float64{2, -4}), short,
		body("   1.0000 + 2.0000i   3.0000 - 4.0000i")},
	{"complex column mixed widths", cplx(value.Dims{2, 1}, []float64{1, -10.5}, []float64{2, 30}), short,
		body("    1.0000 +  2.0000i\n  -10.5000 + 30.0000i")},
	{"complex scaled", cplx(value.Dims{1, 2}, []float64{1, 2000}, []float64{1, 0}), short,
		body("   1.0e+03 *\n\n   0.0010 + 0.0010i   2.0000 + 0.0000i")},
	{"single row", single(1.5, 2.5), short, body("  1×2 single row vector\n\n    1.5000    2.5000")},
	{"single row long", single(0.5, 0.25), long, body("  1×2 single row vector\n\n   0.5000000   0.2500000")},
}

var emptyCases = []displayCase{
	{"[]", arr(value.Double, value.Dims{0, 0}), short, body("     []")},
	{"0x3", arr(value.Double, value.Dims{0, 3}), short, body("  0×3 empty double matrix")},
	{"1x0", arr(value.Double, value.Dims{1, 0}), short, body("  1×0 empty double row vector")},
	{"0x1", arr(value.Double, value.Dims{0, 1}), short, body("  0×1 empty double column vector")},
	{"3x0x2", arr(value.Double, value.Dims{3, 0, 2}), short, body("  3×0×2 empty double array")},
	{"empty char", value.Str(""), short, body("  0×0 empty char array")},
	{"1x0 char", arr(value.Char, value.Dims{1, 0}), short, body("  1×0 empty char array")},
	{"empty cell", cells(value.Dims{0, 0}), short, body("  0×0 empty cell array")},
	{"empty logical", arr(value.Logical, value.Dims{0, 3}), short, body("  0×3 empty logical array")},
	{"empty int8", arr(value.Int8, value.Dims{0, 0}), short, body("  0×0 empty int8 matrix")},
	{"empty single", arr(value.Single, value.Dims{1, 0}), short, body("  1×0 empty single row vector")},
	{"empty string", strs(value.Dims{1, 0}), short, "x = \n\n  1×0 empty string array\n\n"},
	{"empty compact", arr(value.Double, value.Dims{0, 0}), compact, "x =\n     []\n"},
}

var classCases = []displayCase{
	{"logical scalar", value.Bool(true), short, body("  logical\n\n   1")},
	{"logical false", value.Bool(false), short, body("  logical\n\n   0")},
	{"logical row", arr(value.Logical, value.Dims{1, 3}, 1, 0, 1), short, body("  1×3 logical array\n\n   1   0   1")},
	{"logical matrix compact", arr(value.Logical, value.Dims{2, 2}, 1, 0, 0, 1), compact,
		"x =\n  2×2 logical array\n   1   0\n   0   1\n"},
	{"logical scalar compact", value.Bool(true), compact, "x =\n  logical\n   1\n"},
	{"int8 scalar", arr(value.Int8, value.Dims{1, 1}, -5), short, body("  int8\n\n   -5")},
	{"uint8 scalar", arr(value.Uint8, value.Dims{1, 1}, 200), short, body("  uint8\n\n   200")},
	{"int32 max", arr(value.Int32, value.Dims{1, 1}, 2147483647), short, body("  int32\n\n   2147483647")},
	{"uint8 row", arr(value.Uint8, value.Dims{1, 3}, 1, 2, 3), short, body("  1×3 uint8 row vector\n\n   1   2   3")},
	{"int32 column", arr(value.Int32, value.Dims{2, 1}, 100, 2), short, body("  2×1 int32 column vector\n\n   100\n     2")},
	{"int16 matrix", arr(value.Int16, value.Dims{2, 2}, 1, 300, -20, 4), short,
		body("  2×2 int16 matrix\n\n     1   -20\n   300     4")},
	{"int64 unaffected by format long", arr(value.Int64, value.Dims{1, 2}, 7, -8), long, body("  1×2 int64 row vector\n\n    7   -8")},
	{"char row", value.Str("hi"), short, body("    'hi'")},
	{"char row compact", value.Str("hi"), compact, "x =\n    'hi'\n"},
	{"char matrix", chars("abc", "def"), short, body("  2×3 char array\n\n    'abc'\n    'def'")},
	{"char column", chars("a", "b"), short, body("  2×1 char array\n\n    'a'\n    'b'")},
	{"string scalar", value.String("hi"), short, "x = \n\n    \"hi\"\n\n"},
	{"string scalar compact", value.String("hi"), compact, "x = \n    \"hi\"\n"},
	{"string missing", missing(), short, "x = \n\n    <missing>\n\n"},
	{"string row", strs(value.Dims{1, 2}, "a", "bb"), short, "x = \n\n  1×2 string array\n\n    \"a\"    \"bb\"\n\n"},
	{"string matrix", strs(value.Dims{2, 2}, "a", "ccc", "bb", "d"), short,
		"x = \n\n  2×2 string array\n\n    \"a\"      \"bb\"\n    \"ccc\"    \"d\" \n\n"},
	{"function handle", fn("@(x)x.^2"), short, body("  function_handle with value:\n\n    @(x)x.^2")},
	{"named function handle", fn("sin"), short, body("  function_handle with value:\n\n    @sin")},
	{"function handle compact", fn("@(a,b)a+b"), compact, "x =\n  function_handle with value:\n    @(a,b)a+b\n"},
}

var cellCases = []displayCase{
	{"cell row", cells(value.Dims{1, 3}, num(1), value.Str("abc"), mat(2, 2, 1, 2, 3, 4)), short,
		body("  1×3 cell array\n\n    {[1]}    {'abc'}    {2×2 double}")},
	{"nested cell", cells(value.Dims{1, 1}, cells(value.Dims{1, 1}, num(1))), short, body("  1×1 cell array\n\n    {1×1 cell}")},
	{"empty element", cells(value.Dims{1, 1}, value.Empty()), short, body("  1×1 cell array\n\n    {0×0 double}")},
	{"cell column", cells(value.Dims{3, 1}, num(1), num(2), num(3)), short, body("  3×1 cell array\n\n    {[1]}\n    {[2]}\n    {[3]}")},
	{"aligned columns", cells(value.Dims{2, 2}, num(1), num(22), value.Str("abc"), row(1, 2, 3)), short,
		body("  2×2 cell array\n\n    {[ 1]}    {'abc'  }\n    {[22]}    {[1 2 3]}")},
	{"mixed column", cells(value.Dims{2, 1}, num(1), mat(2, 2, 1, 2, 3, 4)), short,
		body("  2×1 cell array\n\n    {[       1]}\n    {2×2 double}")},
	{"element kinds", cells(value.Dims{1, 6}, value.String("hi"), fn("sin"), structOf("a", num(1)), value.Bool(true),
		arr(value.Int8, value.Dims{1, 1}, 5), value.Str("")), short,
		body("  1×6 cell array\n\n    {[\"hi\"]}    {@sin}    {1×1 struct}    {[1]}    {[5]}    {0×0 char}")},
	{"fractions and complex", cells(value.Dims{1, 3}, num(1.5), row(1.5, 2), value.Complex(1, 2)), short,
		body("  1×3 cell array\n\n    {[1.5000]}    {[1.5000 2]}    {[1.0000 + 2.0000i]}")},
	{"long vector and matrix", cells(value.Dims{1, 3}, row(seq(1, 30, 1)...), arr(value.Logical, value.Dims{2, 2}, 1, 0, 0, 1), missing()), short,
		body("  1×3 cell array\n\n    {1×30 double}    {2×2 logical}    {[<missing>]}")},
	{"cell compact", cells(value.Dims{1, 2}, num(1), value.Str("a")), compact, "x =\n  1×2 cell array\n    {[1]}    {'a'}\n"},
	// cell2struct doc: strings pad inside their brackets after the text.
	{"string column", cells(value.Dims{2, 1}, value.String("highs"), value.String("lows")), short,
		body("  2×1 cell array\n\n    {[\"highs\"]}\n    {[\"lows\" ]}")},
	// Function handles pad after the opening brace.
	{"handle column", cells(value.Dims{2, 1}, fn("@(x,y)x"), fn("@(x,y)x-y")), short,
		body("  2×1 cell array\n\n    {  @(x,y)x}\n    {@(x,y)x-y}")},
}

var structCases = []displayCase{
	{"scalar struct", structOf("a", num(1), "abc", row(1, 2, 3)), short,
		"x = \n\n  struct with fields:\n\n      a: 1\n    abc: [1 2 3]\n\n"},
	{"struct compact", structOf("a", num(1)), compact, "x = \n  struct with fields:\n    a: 1\n"},
	{"struct field kinds", structOf(
		"m", mat(3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9),
		"s", value.Str("x"),
		"t", value.String("str"),
		"c", cells(value.Dims{1, 2}, num(1), num(2)),
		"n", structOf("a", num(1)),
		"e", value.Empty(),
		"f", fn("@(x)x+1"),
		"b", value.Bool(true),
		"i", arr(value.Int8, value.Dims{1, 1}, 5),
		"z", num(1.5),
		"q", arr(value.Double, value.Dims{0, 3}),
		"longname", num(-2),
	), short, `x = 

  struct with fields:

           m: [3×3 double]
           s: 'x'
           t: "str"
           c: {1×2 cell}
           n: [1×1 struct]
           e: []
           f: @(x)x+1
           b: 1
           i: 5
           z: 1.5000
           q: [0×3 double]
    longname: -2

`},
	{"struct array", structArr(value.Dims{1, 2}, "a", "b"), short, "x = \n\n  1×2 struct array with fields:\n\n    a\n    b\n\n"},
	{"empty struct array", structArr(value.Dims{0, 0}, "a"), short, "x = \n\n  0×0 empty struct array with fields:\n\n    a\n\n"},
	{"struct no fields", structArr(value.Dims{1, 1}), short, "x = \n\n  struct with no fields.\n\n"},
	{"empty struct no fields", structArr(value.Dims{0, 0}), short, "x = \n\n  0×0 empty struct array with no fields.\n\n"},
	{"struct field long format", structOf("p", num(math.Pi)), long, "x = \n\n  struct with fields:\n\n    p: 3.141592653589793\n\n"},
}

var objectCases = []displayCase{
	{"property lister", value.FromRef(propObj{}), short, `x = 

  MException with properties:

    identifier: 'a:b'
       message: 'oops'
         cause: {}
         stack: [0×1 struct]

`},
	{"displayer", value.FromRef(customObj{}), short, "x = \n\n  categorical\n\n     red \n\n"},
	{"displayer compact", value.FromRef(customObj{}), compact, "x = \n  categorical\n     red \n"},
	{"no properties", value.FromRef(plainObj{}), short, "x = \n\n  Widget with no properties.\n\n"},
}

func runDisplay(t *testing.T, cases []displayCase) {
	t.Helper()
	for _, c := range cases {
		if got := display("x", c.v, c.f, 80); got != c.want {
			t.Errorf("%s:\ngot:\n%q\nwant:\n%q", c.name, got, c.want)
		}
	}
}

func TestDoubleScalars(t *testing.T)  { runDisplay(t, doubleScalarCases) }
func TestDoubleMatrices(t *testing.T) { runDisplay(t, doubleMatrixCases) }
func TestEmpties(t *testing.T)        { runDisplay(t, emptyCases) }
func TestClasses(t *testing.T)        { runDisplay(t, classCases) }
func TestCells(t *testing.T)          { runDisplay(t, cellCases) }
func TestStructs(t *testing.T)        { runDisplay(t, structCases) }
func TestObjects(t *testing.T)        { runDisplay(t, objectCases) }

func TestCompactNumbers(t *testing.T) {
	runDisplay(t, []displayCase{
		{"scalar", num(5), compact, "x =\n     5\n"},
		{"scale factor", row(1, 1000.5), Format{Compact: true}, "x =\n   1.0e+03 *\n    0.0010    1.0005\n"},
		{"int8", arr(value.Int8, value.Dims{1, 1}, -5), compact, "x =\n  int8\n   -5\n"},
	})
}

// goldenCases compare against files under testdata/display.
var goldenCases = []struct {
	file  string
	v     value.Value
	f     Format
	width int
}{
	{"ints_wrap.txt", row(seq(1, 20, 1)...), short, 80},
	{"fractions_wrap.txt", row(seq(0.5, 10, 1)...), short, 80},
	{"fractions_wrap_narrow.txt", row(seq(0.5, 11, 1)...), short, 50},
	{"fractions_wrap_compact.txt", row(seq(0.5, 10, 1)...), compact, 80},
	{"scaled_wrap.txt", row(append(seq(1, 9, 1), 1000.5)...), short, 80},
	{"nd_double.txt", arr(value.Double, value.Dims{2, 2, 2}, 1, 2, 3, 4, 5, 6, 7, 8), short, 80},
	{"nd_double_compact.txt", arr(value.Double, value.Dims{2, 2, 2}, 1, 2, 3, 4, 5, 6, 7, 8), compact, 80},
	{"nd_int8.txt", arr(value.Int8, value.Dims{1, 2, 2}, 1, -2, 3, 4), short, 80},
	{"nd_4d.txt", arr(value.Double, value.Dims{1, 1, 2, 2}, 0.5, 1.5, 2.5, 3.5), short, 80},
	{"cell_wrap.txt", cells(value.Dims{1, 8}, value.Str("alpha"), value.Str("beta"), value.Str("gamma"), value.Str("delta"),
		value.Str("epsilon"), value.Str("zeta"), value.Str("eta"), value.Str("theta")), short, 80},
}

func TestGolden(t *testing.T) {
	for _, c := range goldenCases {
		want, err := os.ReadFile(filepath.Join("..", "..", "testdata", "display", c.file))
		if err != nil {
			t.Fatal(err)
		}
		if got := display("x", c.v, c.f, c.width); got != string(want) {
			t.Errorf("%s:\ngot:\n%s\nwant:\n%s", c.file, got, want)
		}
	}
}

// TestPageFormats checks that each page of an N-d double array picks its
// own format, and that integer-valued data from 1e9 up is scaled under
// format long and written in engineering form under format longEng.
func TestPageFormats(t *testing.T) {
	runDisplay(t, []displayCase{
		{"own scale per page", arr(value.Double, value.Dims{1, 2, 2}, 1.5, 2.5, 1, 2000.5), compact,
			"x(:,:,1) =\n    1.5000    2.5000\nx(:,:,2) =\n   1.0e+03 *\n    0.0010    2.0005\n"},
		{"long scales big integers", row(1, 1e10), Format{Style: Long, Compact: true},
			"x =\n   1.0e+10 *\n   0.000000000100000   1.000000000000000\n"},
		{"longEng big integer", num(5123456789), Format{Style: LongEng, Compact: true},
			"x =\n    5.12345678900000e+009\n"},
	})
}
