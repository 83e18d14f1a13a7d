package main

import "fmt"

// dkernelFile returns dkernel_amd64.s, the float64 AVX2+FMA micro-kernel of
// package gemm's Dgemm. It shares the float32 kernels' contract with float64
// operands (so alpha and beta are 8 bytes and the frame is 96 bytes):
//
//	func dkernelAVX2(k int, a *float64, rs, cs int, b *float64, bs int, c *float64, ldc int, alpha, beta float64, rows, cols int)
//
// The tile is 6×8: six rows of two ymm vectors of four doubles, twelve
// accumulators Y0–Y11, B in Y12–Y13 and the A broadcasts in Y14–Y15, the
// same register schedule as the float32 6×16 kernel.
//
// When both operands are packed panels (rs = 1, cs = 6 and bs = 8, which
// Dgemm arranges for every product large enough to matter), the kernel runs
// a k loop that addresses them by constant displacements and does no
// software prefetching: sequential panels are what the hardware prefetchers
// follow best. That loop issues 20 instructions per k step (8 loads, 12
// FMAs) plus 4 per pass of four steps, against about 28 per step in the
// strided loop, whose address updates and prefetches of A read in place
// made a 1000³ product 15–20% slower on Zen 3. Both loops do the same FMAs
// in the same order, so the two give identical results.
func dkernelFile() []byte {
	var g gen
	g.header()
	// Eight all-ones quadwords then eight zero ones: the masks for a tile
	// cols wide start at quadword 8-cols.
	for i := 0; i < 16; i++ {
		v := "$0xffffffffffffffff"
		if i >= 8 {
			v = "$0x0000000000000000"
		}
		g.op("DATA dcolmask<>+%d(SB)/8, %s", 8*i, v)
	}
	g.op("GLOBL dcolmask<>(SB), RODATA|NOPTR, $128")
	g.raw("")
	g.dkernel("dkernelAVX2", 6)
	return g.buf.Bytes()
}

// dkernel emits the mr×8 float64 kernel. Registers as in kernel: SI, DI, R8
// address A rows five to a base, R9 = rs, R10 = 3·rs, R11 = cs, R13 = bs (all
// in bytes), BX = B, AX = k/4, R14/R15 prefetch A 2^kAheadLog2 steps ahead.
func (g *gen) dkernel(name string, mr int) {
	const vecs = 2
	acc := func(r, v int) string { return fmt.Sprintf("Y%d", r*vecs+v) }
	bReg := func(v int) string { return fmt.Sprintf("Y%d", mr*vecs+v) }
	tmp := func(i int) string { return fmt.Sprintf("Y%d", mr*vecs+2+i) }
	g.raw(fmt.Sprintf("// func %s(k int, a *float64, rs, cs int, b *float64, bs int, c *float64, ldc int, alpha, beta float64, rows, cols int)", name))
	g.raw(fmt.Sprintf("TEXT ·%s(SB), NOSPLIT, $0-96", name))
	g.op("MOVQ k+0(FP), AX")
	g.op("SHRQ $2, AX")
	g.op("MOVQ a+8(FP), SI")
	g.op("MOVQ rs+16(FP), R9")
	g.op("SHLQ $3, R9")
	g.op("LEAQ (R9)(R9*2), R10")
	g.op("MOVQ cs+24(FP), R11")
	g.op("SHLQ $3, R11")
	g.op("MOVQ b+32(FP), BX")
	g.op("MOVQ bs+40(FP), R13")
	g.op("SHLQ $3, R13")
	g.op("MOVQ c+48(FP), DX")
	g.op("MOVQ ldc+56(FP), R12")
	g.op("SHLQ $3, R12")
	for r := 0; r < mr; r++ {
		g.op("PREFETCHT0 (DX)")
		g.op("PREFETCHT0 %d(DX)", vecs*32-8)
		g.op("ADDQ R12, DX")
	}
	offs := []string{"", "(R9*1)", "(R9*2)", "(R10*1)", "(R9*4)"}
	all := []string{"SI", "DI", "R8", "DX", "R12", "CX"}[:(2*mr+4)/5]
	bases, ahead := all[:(mr+4)/5], all[(mr+4)/5:]
	for i := 1; i < len(all); i++ {
		g.op("LEAQ (%s)(R9*4), %s", all[i-1], all[i])
		g.op("ADDQ R9, %s", all[i])
	}
	g.op("MOVQ R11, R14")
	g.op("SHLQ $%d, R14", kAheadLog2)
	g.op("ADDQ SI, R14")
	g.op("MOVQ $%d, R15", mr-1)
	g.op("IMULQ R9, R15")
	g.op("ADDQ R14, R15")
	for i := 0; i < mr*vecs; i++ {
		g.op("VXORPD Y%d, Y%d, Y%d", i, i, i)
	}
	g.dpackedLoop(name, mr, acc, bReg, tmp)
	g.kLoop(name, func(u int, unrolled bool) {
		for v := 0; v < vecs; v++ {
			g.op("VMOVUPD %d(BX), %s", v*32, bReg(v))
		}
		g.op("ADDQ R13, BX")
		if unrolled {
			g.op("PREFETCHT0 (R14)")
			g.op("PREFETCHT0 (R15)")
			g.op("ADDQ R11, R14")
			g.op("ADDQ R11, R15")
		}
		if unrolled && u == 0 {
			for r := mr; r < 2*mr; r++ {
				g.op("PREFETCHT0 (%s)%s", all[r/5], offs[r%5])
			}
		}
		for r := 0; r < mr; r++ {
			t := tmp(r % 2)
			g.op("VBROADCASTSD (%s)%s, %s", bases[r/5], offs[r%5], t)
			for v := 0; v < vecs; v++ {
				g.op("VFMADD231PD %s, %s, %s", t, bReg(v), acc(r, v))
			}
		}
		for _, b := range bases {
			g.op("ADDQ R11, %s", b)
		}
	}, func() {
		for _, b := range ahead {
			g.op("LEAQ (%s)(R11*4), %s", b, b)
		}
	})
	alpha, beta, ld := tmp(0), tmp(1), tmp(0)
	g.op("VBROADCASTSD alpha+64(FP), %s", alpha)
	for i := 0; i < mr*vecs; i++ {
		g.op("VMULPD %s, Y%d, Y%d", alpha, i, i)
	}
	g.op("VBROADCASTSD beta+72(FP), %s", beta)
	// DX = C, R12 = ldc in bytes, R13 = rows, AX nonzero iff beta is not ±0.
	g.op("MOVQ c+48(FP), DX")
	g.op("MOVQ ldc+56(FP), R12")
	g.op("SHLQ $3, R12")
	g.op("MOVQ rows+80(FP), R13")
	g.op("MOVQ beta+72(FP), AX")
	g.op("SHLQ $1, AX")
	g.op("MOVQ cols+88(FP), BX")
	g.op("CMPQ BX, $%d", 4*vecs)
	g.op("JNE %s_masked", name)
	g.op("TESTQ AX, AX")
	g.op("JZ %s_full0", name)
	for r := 0; r < mr; r++ {
		for v := 0; v < vecs; v++ {
			g.op("VFMADD231PD %d(DX), %s, %s", 32*v, beta, acc(r, v))
			g.op("VMOVUPD %s, %d(DX)", acc(r, v), 32*v)
		}
		g.rowEnd(name, r, mr)
	}
	g.op("JMP %s_done", name)
	g.label(name + "_full0")
	for r := 0; r < mr; r++ {
		for v := 0; v < vecs; v++ {
			g.op("VMOVUPD %s, %d(DX)", acc(r, v), 32*v)
		}
		g.rowEnd(name, r, mr)
	}
	g.op("JMP %s_done", name)
	g.label(name + "_masked")
	g.op("MOVQ $8, R10")
	g.op("SUBQ BX, R10")
	g.op("LEAQ dcolmask<>(SB), R8")
	for v := 0; v < vecs; v++ {
		g.op("VMOVDQU %d(R8)(R10*8), %s", 32*v, bReg(v))
	}
	g.op("TESTQ AX, AX")
	g.op("JZ %s_masked0", name)
	for r := 0; r < mr; r++ {
		for v := 0; v < vecs; v++ {
			g.op("VMASKMOVPD %d(DX), %s, %s", 32*v, bReg(v), ld)
			g.op("VFMADD231PD %s, %s, %s", ld, beta, acc(r, v))
			g.op("VMASKMOVPD %s, %s, %d(DX)", acc(r, v), bReg(v), 32*v)
		}
		g.rowEnd(name, r, mr)
	}
	g.op("JMP %s_done", name)
	g.label(name + "_masked0")
	for r := 0; r < mr; r++ {
		for v := 0; v < vecs; v++ {
			g.op("VMASKMOVPD %s, %s, %d(DX)", acc(r, v), bReg(v), 32*v)
		}
		g.rowEnd(name, r, mr)
	}
	g.label(name + "_done")
	g.op("VZEROUPPER")
	g.op("RET")
	g.raw("")
}

// dpackedLoop emits the k loop for packed A and B, taken when rs is one
// element, cs is mr and bs is 8, and jumping to name_store when done; any
// other strides go to name_strided, the general loop that follows. It
// reuses the registers of dkernel's loops, with A at SI and B at BX
// advanced by constants once per pass of four steps.
func (g *gen) dpackedLoop(name string, mr int, acc func(r, v int) string, bReg, tmp func(i int) string) {
	const vecs = 2
	g.op("CMPQ R9, $8")
	g.op("JNE %s_strided", name)
	g.op("CMPQ R11, $%d", 8*mr)
	g.op("JNE %s_strided", name)
	g.op("CMPQ R13, $%d", 32*vecs)
	g.op("JNE %s_strided", name)
	g.kLoop(name+"_packed", func(u int, unrolled bool) {
		for v := 0; v < vecs; v++ {
			g.op("VMOVUPD %d(BX), %s", (u*vecs+v)*32, bReg(v))
		}
		for r := 0; r < mr; r++ {
			t := tmp(r % 2)
			g.op("VBROADCASTSD %d(SI), %s", (u*mr+r)*8, t)
			for v := 0; v < vecs; v++ {
				g.op("VFMADD231PD %s, %s, %s", t, bReg(v), acc(r, v))
			}
		}
		if !unrolled {
			g.op("ADDQ $%d, SI", 8*mr)
			g.op("ADDQ $%d, BX", 32*vecs)
		}
	}, func() {
		g.op("ADDQ $%d, SI", 4*8*mr)
		g.op("ADDQ $%d, BX", 4*32*vecs)
	})
	g.op("JMP %s_store", name)
	g.label(name + "_strided")
}
