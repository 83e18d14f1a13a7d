package main

import "fmt"

// tapsFile returns taps_amd64.s, the AVX kernel of package vec64's Taps:
//
//	func tapsAVX(dst *float64, n int, src *float64, w *float64, off *int, ntaps int)
//
// For every d < n it adds w[t]·src[d+off[t]] to dst[d] for t = 0 … ntaps-1
// in that order, with a separate VMULPD and VADDPD (no FMA), so each
// element gets exactly the roundings of ntaps axpy passes. A block of rows
// stays in accumulators while the tap loop runs, so dst is loaded and
// stored once per call rather than once per tap.
//
// Registers: DI = dst, CX = rows left, SI = src (both advanced past each
// block), R8 = w, R9 = off, R10 = ntaps (≥ 1), R11 = tap index, R12 = the
// tap's offset. Blocks are 8 ymm (32 rows) in a loop, then at most one
// block each of 4, 2 and 1 ymm, then single rows.
func tapsFile() []byte {
	var g gen
	g.header()
	const name = "tapsAVX"
	g.raw(fmt.Sprintf("// func %s(dst *float64, n int, src *float64, w *float64, off *int, ntaps int)", name))
	g.raw(fmt.Sprintf("TEXT ·%s(SB), NOSPLIT, $0-48", name))
	g.op("MOVQ dst+0(FP), DI")
	g.op("MOVQ n+8(FP), CX")
	g.op("MOVQ src+16(FP), SI")
	g.op("MOVQ w+24(FP), R8")
	g.op("MOVQ off+32(FP), R9")
	g.op("MOVQ ntaps+40(FP), R10")
	for _, vecs := range []int{8, 4, 2, 1} {
		g.tapsBlock(name, vecs)
	}
	g.label(name + "_rows1")
	g.op("TESTQ CX, CX")
	g.op("JZ %s_done", name)
	g.tapsLoop(name+"_row", 0, "VMOVSD", "X", func(v int) { g.op("VMULSD (SI)(R12*8), X8, X9") }, func(v int) { g.op("VADDSD X9, X0, X0") })
	g.op("VMOVSD X0, (DI)")
	g.op("ADDQ $8, DI")
	g.op("ADDQ $8, SI")
	g.op("DECQ CX")
	g.op("JMP %s_rows1", name)
	g.label(name + "_done")
	g.op("VZEROUPPER")
	g.op("RET")
	return g.buf.Bytes()
}

// tapsBlock emits the block of vecs ymm (4·vecs rows): a loop while at least
// that many rows are left for the widest block, a single pass if enough
// rows are left for the narrower ones.
func (g *gen) tapsBlock(name string, vecs int) {
	rows := 4 * vecs
	lbl := fmt.Sprintf("%s_b%d", name, vecs)
	g.label(lbl)
	g.op("CMPQ CX, $%d", rows)
	g.op("JLT %s_end", lbl)
	// Y0…Y(vecs-1) accumulate, Y8 holds the broadcast weight and Y9–Y15
	// take the products in turn.
	mul := func(v int) { g.op("VMULPD %d(SI)(R12*8), Y8, Y%d", 32*v, 9+v%7) }
	add := func(v int) { g.op("VADDPD Y%d, Y%d, Y%d", 9+v%7, v, v) }
	g.tapsLoop(lbl, vecs, "VMOVUPD", "Y", mul, add)
	for v := 0; v < vecs; v++ {
		g.op("VMOVUPD Y%d, %d(DI)", v, 32*v)
	}
	g.op("ADDQ $%d, DI", 8*rows)
	g.op("ADDQ $%d, SI", 8*rows)
	g.op("SUBQ $%d, CX", rows)
	if vecs == 8 {
		g.op("JMP %s", lbl)
	}
	g.label(lbl + "_end")
}

// tapsLoop loads the accumulators (vecs registers, or one scalar when vecs
// is 0) from DI with mov and reg as the register prefix, then runs the tap
// loop: R12 = off[t], the weight broadcast into Y8 (X8 for scalars), and
// mul(v) and add(v) for each accumulator v, products before sums so that
// the multiplies of one tap issue together.
func (g *gen) tapsLoop(lbl string, vecs int, mov, reg string, mul, add func(v int)) {
	n := max(vecs, 1)
	for v := 0; v < n; v++ {
		g.op("%s %d(DI), %s%d", mov, 32*v, reg, v)
	}
	g.op("XORQ R11, R11")
	g.label(lbl + "_tap")
	g.op("MOVQ (R9)(R11*8), R12")
	if vecs == 0 {
		g.op("VMOVSD (R8)(R11*8), X8")
	} else {
		g.op("VBROADCASTSD (R8)(R11*8), Y8")
	}
	for v := 0; v < n; v++ {
		mul(v)
		if v >= 6 {
			add(v - 6)
		}
	}
	for v := max(n-6, 0); v < n; v++ {
		add(v)
	}
	g.op("INCQ R11")
	g.op("CMPQ R11, R10")
	g.op("JLT %s_tap", lbl)
}
