package gemm

// dproblem is one Dgemm call's operands (problem for float64).
type dproblem struct {
	transA, transB bool
	k              int
	alpha, beta    float64
	a              []float64
	lda            int
	b              []float64
	ldb            int
	c              []float64
	ldc            int
}

// dworkspace holds one goroutine's float64 packing buffers.
type dworkspace struct {
	a []float64 // packed mc×kc block of A
	b []float64 // packed kc×nc block of B
}

// fit grows the buffers to what kernel kn needs.
func (ws *dworkspace) fit(kn *dkernel) {
	if need := kn.mc * kn.kc; len(ws.a) < need {
		ws.a = make([]float64, need)
	}
	if need := (kn.nc + kn.nr - 1) / kn.nr * kn.nr * kn.kc; len(ws.b) < need {
		ws.b = make([]float64, need)
	}
}

// daliasStride is aliasStride for float64: rows 2 KiB apart.
const daliasStride = 256

// run computes rows m0..m1 and columns n0..n1 of C, in the loop order and
// with the in-place/packing choices of problem.run.
func (p *dproblem) run(kn *dkernel, ws *dworkspace, m0, m1, n0, n1 int) {
	ws.fit(kn)
	bInPlace := !p.transB && m1-m0 <= inPlaceReuse*kn.mr
	for jc := n0; jc < n1; jc += kn.nc {
		nc := min(kn.nc, n1-jc)
		aInPlace := nc <= inPlaceReuse*kn.nr || !p.transA && p.lda%daliasStride != 0
		for pc := 0; pc < p.k; pc += kn.kc {
			kc := min(kn.kc, p.k-pc)
			beta := p.beta
			if pc > 0 {
				beta = 1
			}
			inPlaceCols := 0
			if bInPlace {
				inPlaceCols = nc / kn.nr * kn.nr
			}
			dpackB(ws.b[inPlaceCols*kc:], p.transB, p.b, p.ldb, pc, kc, jc+inPlaceCols, nc-inPlaceCols, kn.nr)
			for ic := m0; ic < m1; ic += kn.mc {
				mc := min(kn.mc, m1-ic)
				inPlace := 0
				if aInPlace {
					inPlace = mc - mc%kn.mr
				}
				if inPlace < mc {
					dpackA(ws.a, p.transA, p.a, p.lda, ic+inPlace, mc-inPlace, pc, kc, kn.mr)
				}
				p.macro(kn, ws, block{ic, mc, inPlace, pc, kc, jc, nc, inPlaceCols}, beta)
			}
		}
	}
}

// macro runs the micro-kernel over every tile of block bl.
func (p *dproblem) macro(kn *dkernel, ws *dworkspace, bl block, beta float64) {
	rs, cs, a0 := p.lda, 1, bl.ic*p.lda+bl.pc
	if p.transA {
		rs, cs, a0 = 1, p.lda, bl.pc*p.lda+bl.ic
	}
	fn := kn.fn
	for jr := 0; jr < bl.nc; jr += kn.nr {
		cols := min(kn.nr, bl.nc-jr)
		bp, bs := &ws.b[jr*bl.kc], kn.nr
		if jr < bl.bInPlace {
			bp, bs = &p.b[bl.pc*p.ldb+bl.jc+jr], p.ldb
		}
		for ir := 0; ir < bl.mc; ir += kn.mr {
			rows := min(kn.mr, bl.mc-ir)
			c := &p.c[(bl.ic+ir)*p.ldc+bl.jc+jr]
			if ir < bl.aInPlace {
				fn(bl.kc, &p.a[a0+ir*rs], rs, cs, bp, bs, c, p.ldc, p.alpha, beta, rows, cols)
			} else {
				fn(bl.kc, &ws.a[(ir-bl.aInPlace)*bl.kc], 1, kn.mr, bp, bs, c, p.ldc, p.alpha, beta, rows, cols)
			}
		}
	}
}

// dpackB is packB for float64: kc×nc of op(B) at (pc, jc) into panels of kc
// rows by nr, the last zero padded to nr columns.
func dpackB(dst []float64, transB bool, b []float64, ldb, pc, kc, jc, nc, nr int) {
	for j0 := 0; j0 < nc; j0 += nr {
		w := min(nr, nc-j0)
		panel := dst[j0*kc : j0*kc+nr*kc]
		if transB {
			dpackBT(panel, b, ldb, pc, kc, jc+j0, w, nr)
			continue
		}
		src := b[pc*ldb+jc+j0:]
		for p := 0; p < kc; p++ {
			row := panel[p*nr : p*nr+nr]
			copy(row[:w], src[p*ldb:p*ldb+w])
			clear(row[w:])
		}
	}
}

// dpackBT fills one panel from a transposed B: panel[p][j] = b[(j0+j)·ldb +
// pc+p], four stored rows at a time, zero past w.
func dpackBT(panel, b []float64, ldb, pc, kc, j0, w, nr int) {
	j := 0
	for ; j+4 <= w; j += 4 {
		s0 := b[(j0+j)*ldb+pc:][:kc]
		s1 := b[(j0+j+1)*ldb+pc:][:kc]
		s2 := b[(j0+j+2)*ldb+pc:][:kc]
		s3 := b[(j0+j+3)*ldb+pc:][:kc]
		for p := range s0 {
			d := panel[p*nr+j:][:4]
			d[0], d[1], d[2], d[3] = s0[p], s1[p], s2[p], s3[p]
		}
	}
	for ; j < w; j++ {
		s := b[(j0+j)*ldb+pc:][:kc]
		for p, v := range s {
			panel[p*nr+j] = v
		}
	}
	if w < nr {
		for p := 0; p < kc; p++ {
			clear(panel[p*nr+w : p*nr+nr])
		}
	}
}

// dpackA is packA for float64: mc×kc of op(A) at (ic, pc) into panels of kc
// steps by mr, the last zero padded to mr rows.
func dpackA(dst []float64, transA bool, a []float64, lda, ic, mc, pc, kc, mr int) {
	for i0 := 0; i0 < mc; i0 += mr {
		h := min(mr, mc-i0)
		panel := dst[i0*kc : i0*kc+mr*kc]
		if transA {
			src := a[pc*lda+ic+i0:]
			for p := 0; p < kc; p++ {
				row := panel[p*mr : p*mr+mr]
				copy(row[:h], src[p*lda:p*lda+h])
				clear(row[h:])
			}
			continue
		}
		for i := 0; i < mr; i++ {
			if i >= h {
				for p := 0; p < kc; p++ {
					panel[p*mr+i] = 0
				}
				continue
			}
			for p, v := range a[(ic+i0+i)*lda+pc:][:kc] {
				panel[p*mr+i] = v
			}
		}
	}
}
