package value

import "math"

// maxElems caps the number of elements an assignment may grow an array to.
const maxElems = 1 << 31

// hugePos stands for any index position too large to address; it keeps
// later arithmetic on positions free of overflow.
const hugePos = 1 << 53

func badIndexErr() error {
	return Errorf("MATLAB:badsubscript", "Array indices must be positive integers or logical values.")
}

// exceedsErr reports an index past the end of dimension pos (0-based) of n
// subscripts, whose extent is bound.
func exceedsErr(pos, n, bound int) error {
	if n == 1 {
		return Errorf("MATLAB:badsubscript", "Index exceeds the number of array elements. Index must not exceed %d.", bound)
	}
	return Errorf("MATLAB:badsubscript", "Index in position %d exceeds array bounds. Index must not exceed %d.", pos+1, bound)
}

func sizeLimitErr() error {
	return Errorf("MATLAB:array:SizeLimitExceeded", "Requested array exceeds the maximum possible size.")
}

// subscript is one index of an indexing expression, resolved to 0-based
// positions: idx, or the n consecutive positions from start when idx is nil.
type subscript struct {
	idx   []int
	start int
	n     int
	max   int  // 1 + the largest position; 0 when there are none
	colon bool // a bare ':'
	shape Dims // the index's own size, for linear indexing; nil for ':'
}

func (s *subscript) at(i int) int {
	if s.idx == nil {
		return s.start + i
	}
	return s.idx[i]
}

// indexPos converts one index number to a 0-based position.
func indexPos(x float64) (int, bool) {
	if !(x >= 1) || math.IsInf(x, 1) || x != math.Trunc(x) {
		return 0, false
	}
	if x >= hugePos {
		return hugePos - 1, true
	}
	return int(x) - 1, true
}

var emptyShape = Dims{0, 0}

// makeSubscript resolves index value v against a dimension of size extent.
// It does not check the upper bound: callers compare max with extent.
func makeSubscript(v Value, extent int) (subscript, error) {
	switch v.k {
	case kindNum:
		p, ok := indexPos(v.f)
		if !ok {
			return subscript{}, badIndexErr()
		}
		return subscript{start: p, n: 1, max: p + 1, shape: scalarDims}, nil
	case kindBool:
		if v.f != 0 {
			return subscript{n: 1, max: 1, shape: scalarDims}, nil
		}
		return subscript{shape: emptyShape}, nil
	case kindRef:
		if v.IsColon() {
			return subscript{n: extent, max: extent, colon: true}, nil
		}
		if a, ok := v.r.(*Array); ok {
			if a.class == Logical {
				return maskSubscript(a), nil
			}
			return numericSubscript(a)
		}
	}
	return subscript{}, badIndexErr()
}

// numericSubscript validates every element of a numeric or char index and
// keeps the positions only when they are not one consecutive run.
func numericSubscript(a *Array) (subscript, error) {
	s := subscript{n: len(a.Re), shape: a.dims}
	run := true
	for i, x := range a.Re {
		p, ok := indexPos(x)
		if !ok || (a.Im != nil && a.Im[i] != 0) {
			return subscript{}, badIndexErr()
		}
		if i == 0 {
			s.start = p
		} else if p != s.start+i {
			run = false
		}
		s.max = max(s.max, p+1)
	}
	if !run {
		s.idx = make([]int, len(a.Re))
		for i, x := range a.Re {
			s.idx[i], _ = indexPos(x)
		}
	}
	return s, nil
}

// maskSubscript turns a logical mask into the positions of its true
// elements. The result is a row when the mask is a row, else a column.
func maskSubscript(a *Array) subscript {
	var s subscript
	run := true
	for i, x := range a.Re {
		if x == 0 {
			continue
		}
		if s.n == 0 {
			s.start = i
		} else if i != s.start+s.n {
			run = false
		}
		s.n++
		s.max = i + 1
	}
	if !run {
		s.idx = make([]int, 0, s.n)
		for i, x := range a.Re {
			if x != 0 {
				s.idx = append(s.idx, i)
			}
		}
	}
	switch d := a.dims; {
	case d.IsScalar():
		s.shape = Dims{s.n, s.n}
	case len(d) == 2 && d[0] == 1:
		s.shape = Dims{1, s.n}
	default:
		s.shape = Dims{s.n, 1}
	}
	return s
}

// foldDims views size d through n subscripts: the trailing dimensions fold
// into the last one.
func foldDims(d Dims, n int) Dims {
	if n == len(d) {
		return d
	}
	f := make(Dims, n)
	for k := range f {
		f[k] = d.At(k)
	}
	for k := n; k < len(d); k++ {
		f[n-1] *= d[k]
	}
	return f
}

// selection lists the positions an indexing expression picks out, in
// column-major order of the result: run consecutive elements from each of
// starts.
type selection struct {
	starts []int
	run    int
}

func (s selection) count() int { return len(s.starts) * s.run }

// selectPositions builds the selection of subscripts ss over an array whose
// size, folded to len(ss) dimensions, is fd.
func selectPositions(ss []subscript, fd Dims) selection {
	if len(ss) == 1 {
		if ss[0].idx != nil {
			return selection{starts: ss[0].idx, run: 1}
		}
		if ss[0].n == 0 {
			return selection{run: 1}
		}
		return selection{starts: []int{ss[0].start}, run: ss[0].n}
	}
	first, run, base := 0, 1, 0
	if ss[0].idx == nil {
		first, run, base = 1, ss[0].n, ss[0].start
	}
	total := 1
	for k := first; k < len(ss); k++ {
		total *= ss[k].n
	}
	if run == 0 || total == 0 {
		return selection{run: max(run, 1)}
	}
	strides := fd.Strides()
	starts := make([]int, 0, total)
	ctr := make([]int, len(ss))
	for {
		off := base
		for k := first; k < len(ss); k++ {
			off += ss[k].at(ctr[k]) * strides[k]
		}
		starts = append(starts, off)
		k := first
		for ; k < len(ss); k++ {
			ctr[k]++
			if ctr[k] < ss[k].n {
				break
			}
			ctr[k] = 0
		}
		if k == len(ss) {
			return selection{starts: starts, run: run}
		}
	}
}

// resolveSubs resolves index values against size d and checks their upper
// bounds, as reading needs.
func resolveSubs(d Dims, subs []Value) ([]subscript, Dims, error) {
	fd := foldDims(d, len(subs))
	ss := make([]subscript, len(subs))
	for k, v := range subs {
		s, err := makeSubscript(v, fd[k])
		if err != nil {
			return nil, nil, err
		}
		if s.max > fd[k] {
			return nil, nil, exceedsErr(k, len(subs), fd[k])
		}
		ss[k] = s
	}
	return ss, fd, nil
}

// linearResultDims is the size of v(s) for one subscript s on an array of
// size d: a vector source keeps its orientation for a vector (or [])
// index; otherwise the result has the index's shape; ':' gives a column.
func linearResultDims(d Dims, s *subscript) Dims {
	if s.colon {
		return Dims{s.n, 1}
	}
	if d.IsVector() && !d.IsScalar() && (s.shape.IsVector() || s.shape.Equal(emptyShape)) {
		if d[0] == 1 {
			return Dims{1, s.n}
		}
		return Dims{s.n, 1}
	}
	return s.shape.Clone()
}

// subsResultDims is the size of the result of N-d subscripts.
func subsResultDims(ss []subscript) Dims {
	sz := make([]int, len(ss))
	for k := range ss {
		sz[k] = ss[k].n
	}
	return MakeDims(sz...)
}
