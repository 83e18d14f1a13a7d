package builtins

import (
	"strings"
	"testing"

	"gomat/lang/value"
)

func TestLinearAlgebra(t *testing.T) {
	mathCheck(t, []mathCase{
		{"x = inv([1 2;3 4]);", "double", nil, []float64{-2, 1.5, 1, -0.5}},
		{"x = det([1 2;3 4]);", "double", nil, []float64{-2}},
		{"x = det(eye(3));", "double", nil, []float64{1}},
		{"x = det([0 1;1 0]);", "double", nil, []float64{-1}},
		{"x = rank([1 2;2 4]);", "double", nil, []float64{1}},
		{"x = trace([1 2;3 4]);", "double", nil, []float64{5}},
		{"x = norm([3 4]);", "double", nil, []float64{5}},
		{"x = norm([3 4],1);", "double", nil, []float64{7}},
		{"x = norm([3 -4],Inf);", "double", nil, []float64{4}},
		{"x = norm([1 2;3 4],1);", "double", nil, []float64{6}},
		{"x = norm([1 2;3 4],'inf');", "double", nil, []float64{7}},
		{"x = norm([1 2;3 4],'fro');", "double", nil, []float64{5.477225575051661}},
		{"x = norm([1 2;3 4]);", "double", nil, []float64{5.464985704219043}},
		{"x = dot([1 2 3],[4 5 6]);", "double", nil, []float64{32}},
		{"x = dot([1 2;3 4],[1 2;3 4]);", "double", nil, []float64{10, 20}},
		{"x = cross([1 0 0],[0 1 0]);", "double", value.Dims{1, 3}, []float64{0, 0, 1}},
		{"x = kron([1 2],[1;1]);", "double", value.Dims{2, 2}, []float64{1, 1, 2, 2}},
		{"x = transpose([1 2]);", "double", value.Dims{2, 1}, nil},
		{"x = eig([2 0;0 1]);", "double", value.Dims{2, 1}, []float64{1, 2}},
		{"[v,x] = eig([2 1;1 2]);", "double", nil, []float64{1, 0, 0, 3}},
		{"x = sort(eig([4 -2;1 1]));", "double", nil, []float64{2, 3}},
		{"x = imag(eig([0 -1;1 0]));", "double", nil, []float64{1, -1}},
		{"x = svd([3 0;0 4]);", "double", nil, []float64{4, 3}},
		{"[u,s,v] = svd([1 2;3 4;5 6]); x = size(s);", "double", nil, []float64{3, 2}},
		{"[u,s,v] = svd([1 2;3 4;5 6],'econ'); x = size(u);", "double", nil, []float64{3, 2}},
		{"[u,s,v] = svd([1 2;3 4]); x = norm(u*s*v' - [1 2;3 4]) < 1e-12;", "logical", nil, []float64{1}},
		{"[q,r] = qr([1 2;3 4]); x = norm(q*r - [1 2;3 4]) < 1e-12;", "logical", nil, []float64{1}},
		{"[q,r] = qr([1 2;3 4;5 6],0); x = size(q);", "double", nil, []float64{3, 2}},
		{"[l,u,p] = lu([1 2;3 4]); x = p;", "double", nil, []float64{0, 1, 1, 0}},
		{"[l,u,p] = lu([1 2;3 4]); x = norm(l*u - p*[1 2;3 4]) < 1e-12;", "logical", nil, []float64{1}},
		{"[l,u] = lu([1 2;3 4]); x = norm(l*u - [1 2;3 4]) < 1e-12;", "logical", nil, []float64{1}},
		{"x = chol([4 2;2 3]);", "double", nil, []float64{2, 0, 1, 1.4142135623730951}},
		{"[r,x] = chol([1 2;2 1]);", "double", nil, []float64{2}},
		{"x = size(null([1 1;1 1]));", "double", nil, []float64{2, 1}},
		{"x = size(orth([1 1;1 1]));", "double", nil, []float64{2, 1}},
		{"x = expm(zeros(2));", "double", nil, []float64{1, 0, 0, 1}},
		{"x = pinv([1 2;2 4]);", "double", nil, []float64{0.04, 0.08, 0.08, 0.16}},
	})
}

func TestInvSingularWarns(t *testing.T) {
	_, errs := mathRun(t, "x = inv([1 2;2 4]);")
	if !strings.Contains(errs, "Warning: Matrix is singular to working precision.") {
		t.Errorf("no singular warning; stderr %q", errs)
	}
	if got := mathRunError(t, "chol([1 2;2 1])"); got != "Matrix must be positive definite." {
		t.Errorf("chol error %q", got)
	}
	if got := mathRunError(t, "inv([1 2 3])"); got != "Matrix must be square." {
		t.Errorf("inv error %q", got)
	}
}
