package builtins

import (
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "magic", Fn: biMagic, Doc: "magic(n): n×n magic square built as MATLAB builds it (odd, doubly even and singly even orders)"},
	})
}

// magicSquare returns MATLAB's magic(n) in row-major order.
func magicSquare(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
	}
	switch {
	case n%2 == 1:
		for i := 1; i <= n; i++ {
			for j := 1; j <= n; j++ {
				a := ((i+j-(n+3)/2)%n + n) % n
				b := ((i+2*j-2)%n + n) % n
				m[i-1][j-1] = float64(n*a + b + 1)
			}
		}
	case n%4 == 0:
		for i := 1; i <= n; i++ {
			for j := 1; j <= n; j++ {
				v := float64((i-1)*n + j)
				if (i%4)/2 == (j%4)/2 {
					v = float64(n*n+1) - v
				}
				m[i-1][j-1] = v
			}
		}
	default:
		p := n / 2
		q := magicSquare(p)
		pp := float64(p * p)
		for i := 0; i < p; i++ {
			for j := 0; j < p; j++ {
				m[i][j] = q[i][j]
				m[i][j+p] = q[i][j] + 2*pp
				m[i+p][j] = q[i][j] + 3*pp
				m[i+p][j+p] = q[i][j] + pp
			}
		}
		if n == 2 {
			return m
		}
		k := (n - 2) / 4
		var cols []int
		for j := 1; j <= k; j++ {
			cols = append(cols, j-1)
		}
		for j := n - k + 2; j <= n; j++ {
			cols = append(cols, j-1)
		}
		for i := 0; i < p; i++ {
			for _, j := range cols {
				m[i][j], m[i+p][j] = m[i+p][j], m[i][j]
			}
		}
		for _, j := range []int{0, k} {
			m[k][j], m[k+p][j] = m[k+p][j], m[k][j]
		}
	}
	return m
}

func biMagic(c *interp.Call) ([]value.Value, error) {
	var n int
	if err := c.Unpack("n", &n); err != nil {
		return nil, err
	}
	n = max(n, 0)
	if err := checkArraySize(value.Dims{n, n}); err != nil {
		return nil, err
	}
	sq := magicSquare(n)
	out := make([]float64, n*n)
	for i, row := range sq {
		for j, v := range row {
			out[i+j*n] = v
		}
	}
	return []value.Value{value.FromRef(value.NewArrayFrom(value.Double, value.Dims{n, n}, out, nil))}, nil
}
