package gemm

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// dcall is one Dgemm call in flight, like call: operands, kernel, strips of
// C, the next strip to claim, the caller's buffers and the helpers' count.
type dcall struct {
	p           dproblem
	kn          dkernel
	m, n        int
	splitM      bool
	strip, end  int
	next        atomic.Int64
	ws          dworkspace
	helpersDone sync.WaitGroup
}

// dpool is pool for Dgemm: persistent workers, each with its own float64
// workspace, and recycled calls.
var dpool struct {
	mu      sync.Mutex
	free    []*dcall
	workers int
	queue   chan *dcall
}

func dgetCall() *dcall {
	dpool.mu.Lock()
	defer dpool.mu.Unlock()
	if n := len(dpool.free); n > 0 {
		c := dpool.free[n-1]
		dpool.free = dpool.free[:n-1]
		return c
	}
	return new(dcall)
}

func dputCall(c *dcall) {
	c.p = dproblem{}
	dpool.mu.Lock()
	dpool.free = append(dpool.free, c)
	dpool.mu.Unlock()
}

func densureWorkers(n int) {
	dpool.mu.Lock()
	defer dpool.mu.Unlock()
	if dpool.queue == nil {
		dpool.queue = make(chan *dcall, 256)
	}
	for ; dpool.workers < n; dpool.workers++ {
		go func(queue <-chan *dcall) {
			var ws dworkspace
			for c := range queue {
				c.work(&ws)
				c.helpersDone.Done()
			}
		}(dpool.queue)
	}
}

// work claims strips of C until none are left.
func (c *dcall) work(ws *dworkspace) {
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

// dparallel is parallel for Dgemm, with the same strip sizing.
func dparallel(p dproblem, m, n int) {
	c := dgetCall()
	c.p, c.kn, c.m, c.n = p, dactive, m, n
	kn := &c.kn
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
		densureWorkers(helpers)
		c.helpersDone.Add(helpers)
		for range helpers {
			dpool.queue <- c
		}
	}
	c.work(&c.ws)
	c.helpersDone.Wait()
	dputCall(c)
}
