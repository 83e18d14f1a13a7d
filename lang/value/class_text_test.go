package value

import "testing"

func TestIntegerText(t *testing.T) {
	tests := []struct {
		c    Class
		x    float64
		want string
	}{
		{Int8, -128, "-128"},
		{Int32, 0, "0"},
		{Int64, negZero(), "0"},
		{Int64, 1 << 63, "9223372036854775807"},
		{Int64, -(1 << 63), "-9223372036854775808"},
		{Int64, 1 << 53, "9007199254740992"},
		{Uint64, 1 << 63, "9223372036854775808"},
		{Uint64, 1 << 64, "18446744073709551615"},
		{Uint32, 4294967295, "4294967295"},
	}
	for _, tc := range tests {
		if got := IntegerText(tc.c, tc.x); got != tc.want {
			t.Errorf("IntegerText(%s, %g) = %q, want %q", tc.c, tc.x, got, tc.want)
		}
	}
}

func negZero() float64 {
	z := 0.0
	return -z
}
