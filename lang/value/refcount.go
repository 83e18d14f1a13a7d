package value

// owners counts the places (variable slots, container elements) that hold a
// heap value. Copy-on-write uses it: a value held in one place only may be
// changed in place, any other is copied first. Counts err on the high side
// (containers never give a count back), which costs a copy, never a wrong
// result.
type owners struct{ n int32 }

func (o *owners) ownerCount() *owners { return o }

// counted is implemented by every heap value through the embedded owners.
type counted interface{ ownerCount() *owners }

// Retain records that v is now held by one more place.
func Retain(v Value) {
	if v.k == kindRef {
		if c, ok := v.r.(counted); ok {
			c.ownerCount().n++
		}
	}
}

// Release records that a place holding v no longer does.
func Release(v Value) {
	if v.k == kindRef {
		if c, ok := v.r.(counted); ok {
			if o := c.ownerCount(); o.n > 0 {
				o.n--
			}
		}
	}
}

// Unique reports whether v is held by at most one place, so that the holder
// may change it in place.
func Unique(v Value) bool {
	if v.k != kindRef {
		return true
	}
	c, ok := v.r.(counted)
	return ok && c.ownerCount().n <= 1
}
