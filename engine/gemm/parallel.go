package gemm

import (
	"runtime"
	"sync"
)

// minFlopsPerWorker is the least work worth handing to another goroutine:
// about 50 µs of compute, well above the cost of waking a worker.
const minFlopsPerWorker = 4 << 20

// call is one Sgemm call in flight: its operands, the kernel it runs, the
// calling goroutine's buffers and the count of outstanding parts. Calls are
// recycled through a free list, so dispatching allocates nothing.
type call struct {
	p    problem
	kn   kernel
	ws   workspace
	done sync.WaitGroup
}

// part is a rectangle of C, rows m0..m1 and columns n0..n1, to compute for a
// call.
type part struct {
	c              *call
	m0, m1, n0, n1 int
}

// pool holds the persistent worker goroutines and the free calls. Workers
// each own a workspace and take parts from a shared queue, so concurrent
// Sgemm calls simply share the workers.
var pool struct {
	mu      sync.Mutex
	free    []*call
	workers int
	parts   chan part
}

// getCall returns a free call, making one the first time.
func getCall() *call {
	pool.mu.Lock()
	defer pool.mu.Unlock()
	if n := len(pool.free); n > 0 {
		c := pool.free[n-1]
		pool.free = pool.free[:n-1]
		return c
	}
	return new(call)
}

// putCall returns c to the free list, dropping its operand references.
func putCall(c *call) {
	c.p = problem{}
	pool.mu.Lock()
	pool.free = append(pool.free, c)
	pool.mu.Unlock()
}

// ensureWorkers starts workers until at least n exist.
func ensureWorkers(n int) {
	pool.mu.Lock()
	defer pool.mu.Unlock()
	if pool.parts == nil {
		pool.parts = make(chan part, 256)
	}
	for ; pool.workers < n; pool.workers++ {
		go worker(pool.parts)
	}
}

// worker computes parts with its own workspace, forever.
func worker(parts <-chan part) {
	var ws workspace
	for t := range parts {
		t.c.p.run(&t.c.kn, &ws, t.m0, t.m1, t.n0, t.n1)
		t.c.done.Done()
	}
}

// parallel computes the m×n product p with the active kernel, splitting C
// into equal strips of whole register tiles, one per goroutine, along
// whichever of m and n has more tiles. Each strip is an independent product,
// so the goroutines share nothing but the queue. The caller computes the
// first strip itself; products too small to repay a hand-off stay on it.
func parallel(p problem, m, n int) {
	c := getCall()
	c.p, c.kn = p, active
	kn := &c.kn
	mTiles, nTiles := (m+kn.mr-1)/kn.mr, (n+kn.nr-1)/kn.nr
	splitM := mTiles >= nTiles
	tiles, tile, size := nTiles, kn.nr, n
	if splitM {
		tiles, tile, size = mTiles, kn.mr, m
	}
	workers := min(runtime.GOMAXPROCS(0), tiles, max(1, 2*m*n*p.k/minFlopsPerWorker))
	step := (tiles + workers - 1) / workers * tile
	if workers > 1 {
		ensureWorkers(workers - 1)
		c.done.Add((size+step-1)/step - 1)
		for lo := step; lo < size; lo += step {
			hi := min(lo+step, size)
			if splitM {
				pool.parts <- part{c, lo, hi, 0, n}
			} else {
				pool.parts <- part{c, 0, m, lo, hi}
			}
		}
	}
	if splitM {
		c.p.run(kn, &c.ws, 0, min(step, m), 0, n)
	} else {
		c.p.run(kn, &c.ws, 0, m, 0, min(step, n))
	}
	c.done.Wait()
	putCall(c)
}
