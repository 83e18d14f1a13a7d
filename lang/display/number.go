package display

import (
	"math"
	"strconv"
	"strings"
)

// numKind is how the elements of one float array are written.
type numKind int

const (
	kindInt   numKind = iota // integer-valued: digits only
	kindFixed                // fixed point with dec decimals
	kindExp                  // d.dddde+XX with dec decimals
	kindG                    // %g with dec significant digits
	kindEng                  // engineering notation
)

// numFmt is the layout shared by all elements of one float array: MATLAB
// picks a single format for a whole matrix.
type numFmt struct {
	kind   numKind
	dec    int  // decimals (fixed, exp, short eng) or significant digits (g, long eng)
	long   bool // long engineering form
	width  int  // field width of a real element, leading separation included
	scale  int  // common scale factor exponent (kindFixed only, when scaled)
	scaled bool
	// bare prints exact zeros as "0" (fixed and exponent forms of real
	// matrices do this; complex parts do not).
	bare bool
}

// stats summarises the finite elements of an array.
type stats struct {
	allInt bool    // every finite element is integral
	maxAbs float64 // largest finite magnitude
}

// scan gathers the stats of the elements of vals.
func scan(vals ...[]float64) stats {
	s := stats{allInt: true}
	for _, v := range vals {
		for _, x := range v {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				continue
			}
			if x != math.Trunc(x) {
				s.allInt = false
			}
			s.maxAbs = max(s.maxAbs, math.Abs(x))
		}
	}
	return s
}

// decimals returns the decimals of the fixed and exponent forms, and the
// significant digits of the G and long engineering forms.
func decimals(st Style, single bool) int {
	switch st {
	case Short, ShortE, ShortEng:
		return 4
	case ShortG:
		return 5
	case LongG:
		if single {
			return 7
		}
		return 15
	case LongEng:
		return 15
	}
	if single {
		return 7
	}
	return 15
}

// intLimit is the magnitude from which integer-valued data is no longer
// written as plain integers: 1e9 in every style but longE and longG.
// MATLAB writes 1:10 .^ (1:10) under a 1.0e+10 scale factor in format long
// and 5123456789 as 5.12345678900000e+009 in format longEng.
func intLimit(st Style) float64 {
	switch st {
	case LongE, LongG:
		return 1e15
	}
	return 1e9
}

// chooseReal picks the format for a real double (or single) array whose
// elements have the stats st. scalar selects the rules for a 1×1 value, which switches to
// exponent form where a matrix takes a common scale factor.
func chooseReal(st stats, style Style, single, scalar bool) numFmt {
	dec := decimals(style, single)
	if st.allInt && st.maxAbs < intLimit(style) {
		d := len(strconv.FormatFloat(st.maxAbs, 'f', 0, 64))
		w := 6
		if d > 3 {
			w = max(12, d+3)
		}
		return numFmt{kind: kindInt, width: w}
	}
	switch style {
	case ShortE, LongE:
		return numFmt{kind: kindExp, dec: dec, width: dec + 9, bare: true}
	case ShortG:
		return numFmt{kind: kindG, dec: dec, width: 13, bare: true}
	case LongG:
		return numFmt{kind: kindG, dec: dec, width: dec + 8, bare: true}
	case ShortEng:
		return numFmt{kind: kindEng, dec: dec, width: 16, bare: true}
	case LongEng:
		return numFmt{kind: kindEng, dec: dec, long: true, width: 25, bare: true}
	}
	limit, width := 1000.0, 10
	if style == Long {
		limit, width = 100, dec+5
	}
	if st.maxAbs >= limit || st.maxAbs <= 0.001 {
		if scalar {
			return numFmt{kind: kindExp, dec: dec, width: dec + 9, bare: true}
		}
		return numFmt{kind: kindFixed, dec: dec, width: width, bare: true,
			scaled: true, scale: int(math.Floor(math.Log10(st.maxAbs)))}
	}
	return numFmt{kind: kindFixed, dec: dec, width: width, bare: true}
}

// chooseComplex picks the format for a complex array: complex data is never
// written as plain integers.
func chooseComplex(st stats, style Style, single, scalar bool) numFmt {
	st.allInt = false
	if st.maxAbs == 0 {
		st.maxAbs = 1 // all zero, NaN or Inf: plain fixed point
	}
	f := chooseReal(st, style, single, scalar)
	f.bare = false
	return f
}

// scaleLine is the common scale factor header, "   1.0e+03 *".
func (f numFmt) scaleLine() string {
	return "   1.0" + expSuffix(f.scale, 2) + " *"
}

// text writes x (signed) in the format, without padding.
func (f numFmt) text(x float64) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "Inf"
	case math.IsInf(x, -1):
		return "-Inf"
	}
	if x == 0 {
		x = 0 // drop the sign of -0
		if f.bare || f.kind == kindInt {
			return "0"
		}
	}
	switch f.kind {
	case kindInt:
		return strconv.FormatFloat(x, 'f', 0, 64)
	case kindFixed:
		if f.scaled {
			x /= math.Pow(10, float64(f.scale))
		}
		return strconv.FormatFloat(x, 'f', f.dec, 64)
	case kindExp:
		return strconv.FormatFloat(x, 'e', f.dec, 64)
	case kindG:
		return gText(x, f.dec)
	}
	return engText(x, f.dec, f.long)
}

// gText is C's %.<sig>g.
func gText(x float64, sig int) string { return strconv.FormatFloat(x, 'g', sig, 64) }

// engText writes x with an exponent that is a multiple of three and three
// exponent digits: "51.2346e+000" (short) or "51.2345678900000e+000"
// (long, sig significant digits).
func engText(x float64, dec int, long bool) string {
	e, ed := 0, dec
	if long {
		ed = dec - 1
	}
	if x != 0 {
		// The exponent of x once rounded to its shown digits.
		e, _ = strconv.Atoi(strings.SplitN(strconv.FormatFloat(x, 'e', ed, 64), "e", 2)[1])
	}
	e3 := e - ((e%3)+3)%3
	d := dec
	if long {
		d = dec - (e - e3) - 1
	}
	return strconv.FormatFloat(x/math.Pow(10, float64(e3)), 'f', d, 64) + expSuffix(e3, 3)
}

// expSuffix writes "e+03" style exponents with at least digits digits.
func expSuffix(e, digits int) string {
	sign := "+"
	if e < 0 {
		sign, e = "-", -e
	}
	s := strconv.Itoa(e)
	for len(s) < digits {
		s = "0" + s
	}
	return "e" + sign + s
}

// padLeft right-aligns s in a field of n display columns.
func padLeft(s string, n int) string {
	if k := n - textWidth(s); k > 0 {
		return strings.Repeat(" ", k) + s
	}
	return s
}

// padRight left-aligns s in a field of n display columns.
func padRight(s string, n int) string {
	if k := n - textWidth(s); k > 0 {
		return s + strings.Repeat(" ", k)
	}
	return s
}

// FormatScalar returns the text MATLAB shows for the double (or single)
// scalar x in a struct field or a cell, without padding: "5", "1.5000",
// "-2", "1.2346e+05", "NaN" under format short; "3.141592653589793" under
// format long.
func FormatScalar(x float64, single bool, f Format) string {
	nf := chooseReal(scan([]float64{x}), f.Style, single, true)
	return nf.text(x)
}

// FormatComplex is FormatScalar for the complex scalar re + im·i:
// "3.0000 + 4.0000i".
func FormatComplex(re, im float64, single bool, f Format) string {
	nf := chooseComplex(scan([]float64{re}, []float64{im}), f.Style, single, true)
	return complexText(nf, re, im, 0, 0)
}

// complexText writes one complex element with its real part right-aligned
// in rw columns and its imaginary magnitude in iw columns.
func complexText(nf numFmt, re, im float64, rw, iw int) string {
	op := " + "
	if im < 0 || (im == 0 && math.Signbit(im)) {
		op = " - "
		im = -im
	}
	return padLeft(nf.text(re), rw) + op + padLeft(nf.text(im), iw) + "i"
}
