package gemm

// microKernel computes one register tile C = alpha·A·B + beta·C of an MR×NR
// kernel over float32 (Sgemm) or float64 (Dgemm) operands. A is read in
// place with element strides rs between rows and cs between k steps (rs=1,
// cs=MR for a packed panel; rs=lda, cs=1 for a row-major matrix), so
// untransposed A needs no packing. B is k rows of NR elements, bs apart: a
// packed panel (bs = NR) or B in place (bs = ldb). Only the top-left
// rows×cols corner of the tile is read or written, with C rows ldc elements
// apart; beta == 0 never reads C. k must be at least 1.
type microKernel[T float32 | float64] func(k int, a *T, rs, cs int, b *T, bs int, c *T, ldc int, alpha, beta T, rows, cols int)

// kernel describes one micro-kernel and the cache blocking tuned for it.
type kernel[T float32 | float64] struct {
	name string
	fn   microKernel[T]
	// half, if not nil, is an mr×nr/2 kernel for a last B panel at most
	// nr/2 wide, which is then packed nr/2 wide, so that narrow matrices
	// (24 or 40 columns, say) do not pay for a mostly empty full tile.
	half microKernel[T]
	mr   int // tile rows, broadcast from A
	nr   int // tile columns, loaded as vectors from B
	kc   int // k block: a kc×nr B panel stays in L1
	mc   int // m block (a multiple of mr): an mc×kc A block stays in L2
	nc   int // n block: a kc×nc packed B block stays in L3
	// packA says that A reused by many B panels is always packed, because
	// fn has a faster loop for packed operands; otherwise untransposed A is
	// read in place unless its rows alias in L1 (see problem.run).
	packA bool
	// fma is the number of fused multiply-adds per lane the kernel's
	// instruction set issues per core per cycle, and lanes the T lanes of
	// one vector; together they give the kernel's peak.
	fma, lanes int
}

// active is the kernel Sgemm uses. It is chosen once at start-up (the fastest
// the CPU supports) and only tests change it, to exercise every kernel.
var active = bestKernel()

// generic is the portable pure-Go kernel, available on every architecture.
// Its peak is counted as one scalar multiply-add per cycle.
var generic = kernel[float32]{name: "generic", fn: kernelGeneric[float32], mr: 4, nr: 4, kc: 256, mc: 128, nc: 1024, fma: 1, lanes: 1}

// bestKernel returns the fastest kernel the CPU supports.
func bestKernel() kernel[float32] { return supportedKernels()[0] }
