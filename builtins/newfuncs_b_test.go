package builtins

import (
	"strings"
	"testing"
)

// TestNewFuncsB checks moving statistics, scaling, percentiles, bins,
// polynomial division, filters, FFTs and missing-data functions.
func TestNewFuncsB(t *testing.T) {
	cases := []struct{ expr string }{
		{"isequal(movmean([4 8 6 -1 -2 -3 -1 3 4 5],3,'Endpoints','discard'), movsum([4 8 6 -1 -2 -3 -1 3 4 5],3,'Endpoints','discard')/3)"},
		{"isequal(movsum([1 2 3 4],[1 0]), [1 3 5 7])"},
		{"isequal(movmax([1 NaN 3],2,'omitnan'), [1 1 3])"},
		{"isequal(movmean([1 2 3],3,'Endpoints',0), [1 2 5/3])"},
		{"isequal(movmin([3 1; 2 5],2,1), [3 1; 2 1])"},
		{"isequal(rescale([1 2 3]), [0 0.5 1])"},
		{"isequal(normalize([1 2 3],'center'), [-1 0 1])"},
		{"isequal(prctile(1:4, 50), 2.5)"},
		{"isequal(quantile([1;2;3;4], [0 1]), [1;4])"},
		{"isequal(discretize([1 2 3], [1 2 3]), [1 2 2]) && isnan(discretize(0, [1 2 3]))"},
		{"isequal(roots([1 -3 2]), [2;1])"},
		{"isequal(roots([1 0 0]), [0;0])"},
		{"isequal(deconv([1 3 2],[1 1]), [1 2])"},
		{"isequal(filter(1,[1 -1],[1 1 1]), [1 2 3])"},
		{"max(abs(ifft(fft([1 2 3 4 5 6 7])) - (1:7))) < 1e-12"},
		{"isequal(size(fft(ones(3,2),4)), [4 2])"},
		{"isreal(ifft([1 2 3 4],'symmetric'))"},
		{"isequal(ismissing('a b'), logical([0 1 0]))"},
		{"isequal(rmmissing([1;NaN;2]), [1;2])"},
		{"isequal(fillmissing([1 NaN 3],'constant',9), [1 9 3])"},
		{"isequal(fillmissing([NaN 2 NaN 3],'next'), [2 2 3 3])"},
	}
	for _, tc := range cases {
		mathRun(t, "if ~("+tc.expr+"), error('mismatch'); end")
	}
	for _, bad := range []string{"movmean(1:3, 2.5)", "fillmissing([1 NaN], 'spline')", "discretize(1:3, 2)", "normalize(1:3,'medianiqr')"} {
		if msg := mathRunError(t, bad); !strings.Contains(msg, "not supported") {
			t.Errorf("%s: got %q, want a not-supported error", bad, msg)
		}
	}
}
