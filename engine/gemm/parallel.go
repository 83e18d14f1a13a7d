package gemm

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// minFlopsPerWorker is the least work worth handing to another goroutine:
// about 50 µs of compute, well above the cost of waking a worker.
const minFlopsPerWorker = 4 << 20

// Strips are claimed dynamically, so that a goroutine slowed by a busy core
// takes fewer of them; but each strip packs its own copy of the other
// operand, so strips are at least minStripRows rows (or minStripCols
// columns) and there are about stripsPerWorker per goroutine.
const (
	stripsPerWorker = 4
	minStripRows    = 512
	minStripCols    = 256
)

// call is one Sgemm or Dgemm call in flight: its operands, the kernel it
// runs, how C is cut into strips, the next strip to claim, the calling
// goroutine's buffers and the count of helpers still working. Calls are
// recycled through their pool's free list, so dispatching allocates
// nothing.
type call[T float32 | float64] struct {
	p           problem[T]
	kn          kernel[T]
	m, n        int
	splitM      bool
	strip, end  int // strip width and the extent of the split dimension
	next        atomic.Int64
	ws          workspace[T]
	helpersDone sync.WaitGroup
}

// pool holds the persistent worker goroutines of one element type and its
// free calls. Workers each own a workspace and help whichever call is queued
// next, so concurrent calls simply share the workers.
type pool[T float32 | float64] struct {
	mu      sync.Mutex
	free    []*call[T]
	workers int
	queue   chan *call[T]
}

// spool and dpool are the pools of Sgemm and Dgemm.
var (
	spool pool[float32]
	dpool pool[float64]
)

// get returns a free call, making one the first time.
func (pl *pool[T]) get() *call[T] {
	pl.mu.Lock()
	defer pl.mu.Unlock()
	if n := len(pl.free); n > 0 {
		c := pl.free[n-1]
		pl.free = pl.free[:n-1]
		return c
	}
	return new(call[T])
}

// put returns c to the free list, dropping its operand references.
func (pl *pool[T]) put(c *call[T]) {
	c.p = problem[T]{}
	pl.mu.Lock()
	pl.free = append(pl.free, c)
	pl.mu.Unlock()
}

// ensureWorkers starts workers until at least n exist.
func (pl *pool[T]) ensureWorkers(n int) {
	pl.mu.Lock()
	defer pl.mu.Unlock()
	if pl.queue == nil {
		pl.queue = make(chan *call[T], 256)
	}
	for ; pl.workers < n; pl.workers++ {
		go worker(pl.queue)
	}
}

// worker helps queued calls with its own workspace, forever.
func worker[T float32 | float64](queue <-chan *call[T]) {
	var ws workspace[T]
	for c := range queue {
		c.work(&ws)
		c.helpersDone.Done()
	}
}

// work claims strips of C until none are left and computes them with ws.
// Each strip is an independent product, so goroutines share nothing but the
// strip counter.
func (c *call[T]) work(ws *workspace[T]) {
	for {
		lo := int(c.next.Add(1)-1) * c.strip
		if lo >= c.end {
			return
		}
		hi := min(lo+c.strip, c.end)
		if c.splitM {
			c.p.run(&c.kn, ws, lo, hi, 0, c.n)
		} else {
			c.p.run(&c.kn, ws, 0, c.m, lo, hi)
		}
	}
}

// parallel computes the m×n product p with kernel kn and the workers of pl.
// C is cut into strips of whole register tiles along whichever of m and n
// has more tiles, and the caller and up to GOMAXPROCS-1 workers claim strips
// until all are done; products too small to repay a hand-off stay on the
// caller.
func parallel[T float32 | float64](pl *pool[T], kn kernel[T], p problem[T], m, n int) {
	c := pl.get()
	c.p, c.kn, c.m, c.n = p, kn, m, n
	mTiles, nTiles := (m+kn.mr-1)/kn.mr, (n+kn.nr-1)/kn.nr
	c.splitM = mTiles >= nTiles
	tiles, tile, minStrip := nTiles, kn.nr, minStripCols
	c.end = n
	if c.splitM {
		tiles, tile, minStrip, c.end = mTiles, kn.mr, minStripRows, m
	}
	workers := min(runtime.GOMAXPROCS(0), tiles, max(1, 2*m*n*p.k/minFlopsPerWorker))
	stripTiles := max((tiles+stripsPerWorker*workers-1)/(stripsPerWorker*workers), (minStrip+tile-1)/tile)
	stripTiles = min(stripTiles, (tiles+workers-1)/workers)
	if workers == 1 {
		stripTiles = tiles
	}
	c.strip = stripTiles * tile
	c.next.Store(0)
	helpers := min(workers, (tiles+stripTiles-1)/stripTiles) - 1
	if helpers > 0 {
		pl.ensureWorkers(helpers)
		c.helpersDone.Add(helpers)
		for range helpers {
			pl.queue <- c
		}
	}
	c.work(&c.ws)
	c.helpersDone.Wait()
	pl.put(c)
}
