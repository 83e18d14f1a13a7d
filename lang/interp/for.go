package interp

import (
	"math"

	"gomat/lang/ast"
	"gomat/lang/value"
)

// forStmt compiles a for loop. A loop over a range of real double scalars
// runs without building the range or allocating; any other value is iterated
// column by column, as MATLAB does.
func (c *compiler) forStmt(s *ast.ForStmt) stmtFn {
	slot := c.u.slot(s.Var.Name)
	body := c.block(s.Body)
	if r, ok := s.Iter.(*ast.Range); ok {
		start, stop := c.expr(r.Start), c.expr(r.Stop)
		var step *cexpr
		if r.Step != nil {
			step = c.expr(r.Step)
		}
		return func(fr *frame) (ctl, error) {
			a, err := start.one(fr)
			if err != nil {
				return ctlNext, err
			}
			st := value.Num(1)
			if step != nil {
				if st, err = step.one(fr); err != nil {
					return ctlNext, err
				}
			}
			b, err := stop.one(fr)
			if err != nil {
				return ctlNext, err
			}
			if a.IsNum() && st.IsNum() && b.IsNum() {
				return fr.in.rangeLoop(fr, slot, a.Float(), st.Float(), b.Float(), body)
			}
			v, err := value.Range(a, st, b)
			if err != nil {
				return ctlNext, err
			}
			return fr.in.columnLoop(fr, slot, v, body)
		}
	}
	iter := c.expr(s.Iter)
	return func(fr *frame) (ctl, error) {
		v, err := iter.one(fr)
		if err != nil {
			return ctlNext, err
		}
		return fr.in.columnLoop(fr, slot, v, body)
	}
}

func (in *Interp) rangeLoop(fr *frame, slot int, a, step, b float64, body []stmtFn) (ctl, error) {
	n := value.RangeCount(a, step, b)
	exact := a == math.Trunc(a) && step == math.Trunc(step) && math.Abs(a)+math.Abs(step)*float64(n) < 1<<53
	for i := 0; i < n; i++ {
		if in.interrupted.Load() {
			return ctlNext, errInterrupted()
		}
		x := a + float64(i)*step
		if !exact {
			x = value.RangeAt(a, step, b, n, i)
		}
		store(fr.vars[slot], value.Num(x))
		k, err := in.execBlock(fr, body)
		if err != nil || k == ctlReturn {
			return k, err
		}
		if k == ctlBreak {
			break
		}
	}
	return ctlNext, nil
}

// columnLoop assigns each column of v to the loop variable in turn.
func (in *Interp) columnLoop(fr *frame, slot int, v value.Value, body []stmtFn) (ctl, error) {
	if v.IsEmpty() {
		store(fr.vars[slot], value.Empty())
		return ctlNext, nil
	}
	sz := v.Size()
	rows := sz[0]
	cols := v.Numel() / max(rows, 1)
	arr, isArr := v.Ref().(*value.Array)
	rowVec := isArr && rows == 1 && arr.Im == nil
	var flat value.Value
	if !rowVec && len(sz) > 2 {
		var err error
		if flat, err = value.ReshapeValue(v, value.Dims{rows, cols}); err != nil {
			return ctlNext, err
		}
	} else {
		flat = v
	}
	for j := 0; j < cols; j++ {
		if in.interrupted.Load() {
			return ctlNext, errInterrupted()
		}
		var x value.Value
		if rowVec {
			x = value.Scalar(arr.Class(), arr.Re[j])
		} else if !isArr && rows == 1 && cols == 1 {
			x = v
		} else {
			var err error
			x, err = value.Index(flat, []value.Value{value.Colon(), value.Num(float64(j + 1))})
			if err != nil {
				return ctlNext, err
			}
		}
		store(fr.vars[slot], x)
		k, err := in.execBlock(fr, body)
		if err != nil || k == ctlReturn {
			return k, err
		}
		if k == ctlBreak {
			break
		}
	}
	return ctlNext, nil
}
