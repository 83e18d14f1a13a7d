package gemm

// packB copies the kc×nc block of op(B) starting at row pc, column jc into
// dst as consecutive panels of kc rows by nr floats, the layout the
// micro-kernel streams; the last panel is zero padded to nr columns, or to
// nr/2 when it is that narrow and half says a half kernel will read it. With
// transB the stored B is n×k, so each panel gathers stored rows.
func packB[T float32 | float64](dst []T, transB bool, b []T, ldb, pc, kc, jc, nc, nr int, half bool) {
	for j0 := 0; j0 < nc; j0 += nr {
		w, pw := min(nr, nc-j0), nr
		if half && w <= nr/2 {
			pw = nr / 2
		}
		panel := dst[j0*kc : j0*kc+pw*kc]
		if transB {
			packBT(panel, b, ldb, pc, kc, jc+j0, w, pw)
		} else {
			copyRows(panel, b[pc*ldb+jc+j0:], kc, w, pw, ldb)
		}
	}
}

// packBT fills one panel from a transposed B: panel[p][j] = b[(j0+j)·ldb +
// pc+p] for the w valid columns, zero for the rest. Four stored rows are
// walked together so that each panel row is written in runs of four.
func packBT[T float32 | float64](panel, b []T, ldb, pc, kc, j0, w, nr int) {
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

// packA copies the mc×kc block of op(A) starting at row ic, column pc into
// dst as consecutive panels of kc steps by mr floats; the last panel is zero
// padded to mr rows. Transposed A is stored k×m, so each step is a short
// contiguous copy; untransposed A is gathered from mr stored rows.
func packA[T float32 | float64](dst []T, transA bool, a []T, lda, ic, mc, pc, kc, mr int) {
	for i0 := 0; i0 < mc; i0 += mr {
		h := min(mr, mc-i0)
		panel := dst[i0*kc : i0*kc+mr*kc]
		if !transA {
			packAN(panel, a, lda, ic+i0, h, pc, kc, mr)
			continue
		}
		copyRows(panel, a[pc*lda+ic+i0:], kc, h, mr, lda)
	}
}

// packAN fills one panel from an untransposed A: panel[p][i] = a[(i0+i)·lda
// + pc+p] for the h valid rows, zero for the rest.
func packAN[T float32 | float64](panel, a []T, lda, i0, h, pc, kc, mr int) {
	for i := 0; i < mr; i++ {
		if i >= h {
			for p := 0; p < kc; p++ {
				panel[p*mr+i] = 0
			}
			continue
		}
		for p, v := range a[(i0+i)*lda+pc:][:kc] {
			panel[p*mr+i] = v
		}
	}
}
