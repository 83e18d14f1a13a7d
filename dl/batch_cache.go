package dl

import (
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"gomat/lang/value"
)

// cacheBudget is the most memory, in bytes, that all image caches together
// may hold. Images beyond it are decoded again whenever they are read.
var cacheBudget int64 = 2 << 30

// cacheUsed is the memory the live caches hold.
var cacheUsed atomic.Int64

// pixels is an image stored row-major with interleaved channels (HWC), as
// bytes when its class is uint8 and as float32 otherwise.
type pixels struct {
	h, w, c int
	class   value.Class
	u8      []uint8
	f32     []float32
}

// newPixels returns a zero image of the given size and class.
func newPixels(h, w, c int, class value.Class) *pixels {
	p := &pixels{h: h, w: w, c: c, class: class}
	if class == value.Uint8 {
		p.u8 = make([]uint8, h*w*c)
	} else {
		p.f32 = make([]float32, h*w*c)
	}
	return p
}

// at returns element k (HWC order).
func (p *pixels) at(k int) float32 {
	if p.u8 != nil {
		return float32(p.u8[k])
	}
	return p.f32[k]
}

// set stores x at element k, rounding and saturating for uint8.
func (p *pixels) set(k int, x float32) {
	if p.u8 != nil {
		p.u8[k] = uint8(math.Round(float64(min(max(x, 0), 255))))
		return
	}
	p.f32[k] = x
}

// bytes is the memory the image holds.
func (p *pixels) bytes() int64 {
	if p.u8 != nil {
		return int64(len(p.u8))
	}
	return 4 * int64(len(p.f32))
}

// pixelsFromArray converts an H×W or H×W×C MATLAB image (column-major) to
// HWC pixels.
func pixelsFromArray(a *value.Array) (*pixels, bool) {
	d := a.Size()
	if len(d) > 3 || a.IsComplex() || !(a.Class().IsNumeric() || a.Class() == value.Logical) {
		return nil, false
	}
	h, w, c := d.At(0), d.At(1), 1
	if len(d) == 3 {
		c = d[2]
	}
	p := newPixels(h, w, c, a.Class())
	plane := h * w
	for ch := 0; ch < c; ch++ {
		src := a.Re[ch*plane : (ch+1)*plane]
		for x := 0; x < w; x++ {
			col := src[x*h : (x+1)*h]
			k := x*c + ch
			if p.u8 != nil {
				for _, v := range col { // uint8 arrays hold whole numbers in range
					p.u8[k] = uint8(v)
					k += w * c
				}
				continue
			}
			for _, v := range col {
				p.f32[k] = float32(v)
				k += w * c
			}
		}
	}
	return p, true
}

// imagePixels converts an image value to pixels, or reports that v is not
// an image.
func imagePixels(v value.Value) (*pixels, bool) {
	a, ok := v.Array()
	if !ok {
		return nil, false
	}
	return pixelsFromArray(a)
}

// array converts p back to a MATLAB image of its class.
func (p *pixels) array() *value.Array {
	dims := value.Dims{p.h, p.w}
	if p.c != 1 {
		dims = value.Dims{p.h, p.w, p.c}
	}
	re := make([]float64, p.h*p.w*p.c)
	plane := p.h * p.w
	for ch := 0; ch < p.c; ch++ {
		for x := 0; x < p.w; x++ {
			for y := 0; y < p.h; y++ {
				re[ch*plane+x*p.h+y] = float64(p.at((y*p.w+x)*p.c + ch))
			}
		}
	}
	return value.NewArrayFrom(p.class, dims, re, nil)
}

// imageCache holds prepared images by key (a file path, or an observation
// number for in-memory data) within the global budget. It never evicts:
// once the budget is spent, further images are simply not kept.
type imageCache struct {
	mu   sync.Mutex
	m    map[string]*preparedImage
	used *atomic.Int64 // this cache's share of cacheUsed
}

// newImageCache returns an empty cache whose memory is given back to the
// budget when the cache is garbage-collected.
func newImageCache() *imageCache {
	c := &imageCache{m: map[string]*preparedImage{}, used: new(atomic.Int64)}
	runtime.AddCleanup(c, func(used *atomic.Int64) { cacheUsed.Add(-used.Load()) }, c.used)
	return c
}

// get returns the image cached under key, or nil.
func (c *imageCache) get(key string) *preparedImage {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

// put keeps p under key if the budget allows.
func (c *imageCache) put(key string, p *preparedImage) {
	n := p.img.bytes()
	if cacheUsed.Add(n) > cacheBudget {
		cacheUsed.Add(-n)
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, dup := c.m[key]; dup {
		cacheUsed.Add(-n)
		return
	}
	c.m[key] = p
	c.used.Add(n)
}
