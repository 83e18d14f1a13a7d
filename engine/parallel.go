package engine

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// task is a unit of parallel work over an index range. chunk numbers the
// contiguous range (0 ≤ chunk < number of chunks) so that a task can keep
// per-chunk scratch and partial sums without locking. Tasks are small structs
// owned by layers and passed by pointer, so dispatching one allocates nothing.
type task interface {
	run(chunk, lo, hi int)
}

// workerPool runs one parallel region at a time on GOMAXPROCS-1 persistent
// goroutines plus the caller. A region started while another is running (a
// nested call, or another network on another goroutine) runs serially.
type workerPool struct {
	once   sync.Once
	busy   atomic.Bool
	wake   []chan struct{}
	done   chan struct{}
	t      task
	bounds []int
}

var pool workerPool

// maxChunks is the largest number of chunks a parallel region is split into.
func maxChunks() int { return runtime.GOMAXPROCS(0) }

func (p *workerPool) start() {
	n := maxChunks()
	p.done = make(chan struct{}, n)
	p.wake = make([]chan struct{}, n)
	p.bounds = make([]int, n+1)
	for i := 1; i < n; i++ {
		p.wake[i] = make(chan struct{}, 1)
		go p.worker(i)
	}
}

func (p *workerPool) worker(i int) {
	for range p.wake[i] {
		p.t.run(i, p.bounds[i], p.bounds[i+1])
		p.done <- struct{}{}
	}
}

// parallelFor runs t over [0, n) split into at most maxChunks contiguous
// ranges of at least grain indices each.
func parallelFor(n, grain int, t task) {
	pool.once.Do(pool.start)
	chunks := len(pool.wake)
	if grain < 1 {
		grain = 1
	}
	if c := n / grain; c < chunks {
		chunks = c
	}
	if chunks <= 1 || !pool.busy.CompareAndSwap(false, true) {
		t.run(0, 0, n)
		return
	}
	pool.t = t
	for i := 0; i <= chunks; i++ {
		pool.bounds[i] = n * i / chunks
	}
	for i := 1; i < chunks; i++ {
		pool.wake[i] <- struct{}{}
	}
	t.run(0, pool.bounds[0], pool.bounds[1])
	for i := 1; i < chunks; i++ {
		<-pool.done
	}
	pool.t = nil
	pool.busy.Store(false)
}

// numChunks is the number of chunks parallelFor may use, for sizing
// per-chunk scratch.
func numChunks() int {
	pool.once.Do(pool.start)
	return len(pool.wake)
}
