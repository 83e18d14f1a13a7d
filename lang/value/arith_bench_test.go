package value

import "testing"

func BenchmarkPlusSameSize(b *testing.B) {
	x, y := opSeqArray(Dims{1000, 1000}, 0), opSeqArray(Dims{1000, 1000}, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Plus(x, y); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTimesScalar(b *testing.B) {
	x := opSeqArray(Dims{1000, 1000}, 0)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Times(x, Num(2)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMinusBroadcast(b *testing.B) {
	x, y := opSeqArray(Dims{1000, 1000}, 0), opSeqArray(Dims{1, 1000}, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Minus(x, y); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLtRowCol(b *testing.B) {
	x, y := opSeqArray(Dims{1000, 1}, 0), opSeqArray(Dims{1, 1000}, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Lt(x, y); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSmallPlus(b *testing.B) {
	x, y := opSeqArray(Dims{1, 3}, 0), opSeqArray(Dims{1, 3}, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Plus(x, y); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMTimes(b *testing.B) {
	x, y := opSeqArray(Dims{200, 200}, 0), opSeqArray(Dims{200, 200}, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := MTimes(x, y); err != nil {
			b.Fatal(err)
		}
	}
}
