package gemm

import "unsafe"

// problem is one Sgemm or Dgemm call's operands, shared read-only by the
// goroutines that each compute a rectangle of C.
type problem[T float32 | float64] struct {
	transA, transB bool
	k              int
	alpha, beta    T
	a              []T
	lda            int
	b              []T
	ldb            int
	c              []T
	ldc            int
}

// workspace holds one goroutine's packing buffers, sized for a kernel and
// reused across calls so that steady-state calls do not allocate.
type workspace[T float32 | float64] struct {
	a []T // packed mc×kc block of A (or just its partial last panel)
	b []T // packed kc×nc block of B
}

// fit grows the buffers to what kernel kn needs.
func (ws *workspace[T]) fit(kn *kernel[T]) {
	if need := kn.mc * kn.kc; len(ws.a) < need {
		ws.a = make([]T, need)
	}
	if need := (kn.nc + kn.nr - 1) / kn.nr * kn.nr * kn.kc; len(ws.b) < need {
		ws.b = make([]T, need)
	}
}

// run computes rows m0..m1 and columns n0..n1 of C with kernel kn, in the
// classic Goto/BLIS loop order: n blocks of nc, k blocks of kc, m blocks of
// mc, then nr-wide B panels and mr-high A panels.
//
// Packing costs a pass over the operand, which pays off only when the packed
// panels are reused by many tiles, so an operand is read in place where the
// kernel can: A when few B panels reuse it, and also when it is untransposed
// (each tile row is then a contiguous run of k) unless its rows alias in the
// L1 cache or the kernel prefers packed A; untransposed B when few A panels
// reuse it. Partial panels are always packed, since the kernel must not read
// past the matrix.
func (p *problem[T]) run(kn *kernel[T], ws *workspace[T], m0, m1, n0, n1 int) {
	ws.fit(kn)
	bInPlace := !p.transB && m1-m0 <= inPlaceReuse*kn.mr
	aliased := p.lda*int(unsafe.Sizeof(p.alpha))%aliasBytes == 0
	for jc := n0; jc < n1; jc += kn.nc {
		nc := min(kn.nc, n1-jc)
		aInPlace := nc <= inPlaceReuse*kn.nr || !kn.packA && !p.transA && !aliased
		for pc := 0; pc < p.k; pc += kn.kc {
			kc := min(kn.kc, p.k-pc)
			beta := p.beta
			if pc > 0 {
				beta = 1
			}
			inPlaceCols := 0
			if bInPlace {
				inPlaceCols = min(nc, kn.fullPanels(nc)*kn.nr)
			}
			packB(ws.b[inPlaceCols*kc:], p.transB, p.b, p.ldb, pc, kc, jc+inPlaceCols, nc-inPlaceCols, kn.nr, kn.half != nil)
			for ic := m0; ic < m1; ic += kn.mc {
				mc := min(kn.mc, m1-ic)
				inPlace := 0
				if aInPlace {
					inPlace = mc - mc%kn.mr
				}
				if inPlace < mc {
					packA(ws.a, p.transA, p.a, p.lda, ic+inPlace, mc-inPlace, pc, kc, kn.mr)
				}
				p.macro(kn, ws, block{ic, mc, inPlace, pc, kc, jc, nc, inPlaceCols}, beta)
			}
		}
	}
}

// inPlaceReuse is the most tiles that may reuse an operand's panel for it to
// be read in place rather than packed.
const inPlaceReuse = 8

// aliasBytes is a row stride, in bytes, whose multiples map every row of A
// to the same few L1 sets (2 KiB apart or a multiple of that), so that the
// rows of a tile and of the next one, which the kernel prefetches, evict
// each other; such A is packed when it is reused.
const aliasBytes = 2048

// fullPanels is how many leading B panels of an nc-wide block the kernel can
// read in place: those exactly as wide as the kernel that reads them.
func (kn *kernel[T]) fullPanels(nc int) int {
	if kn.half != nil && nc%kn.nr == kn.nr/2 {
		return nc/kn.nr + 1
	}
	return nc / kn.nr
}

// block is an mc×nc block of C at (ic, jc) over the k block at pc: its first
// aInPlace rows read A in place, the rest packed panels in ws.a; its first
// bInPlace columns read B in place, the rest packed panels in ws.b.
type block struct {
	ic, mc, aInPlace, pc, kc, jc, nc, bInPlace int
}

// macro runs the micro-kernel over every tile of block bl.
func (p *problem[T]) macro(kn *kernel[T], ws *workspace[T], bl block, beta T) {
	rs, cs, a0 := p.lda, 1, bl.ic*p.lda+bl.pc
	if p.transA {
		rs, cs, a0 = 1, p.lda, bl.pc*p.lda+bl.ic
	}
	for jr := 0; jr < bl.nc; jr += kn.nr {
		cols := min(kn.nr, bl.nc-jr)
		fn, width := kn.fn, kn.nr
		if kn.half != nil && cols <= kn.nr/2 {
			fn, width = kn.half, kn.nr/2
		}
		bp, bs := &ws.b[jr*bl.kc], width
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
