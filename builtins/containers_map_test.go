package builtins

import (
	"slices"
	"strings"
	"testing"

	"gomat/lang/display"
	"gomat/lang/value"
)

func TestContainersMapScripts(t *testing.T) {
	runCases(t, []evalCase{
		// Construction and inferred types.
		{"M = containers.Map; x = [M.KeyType ',' M.ValueType];", "x", "char,any"},
		{"M = containers.Map({'a','b'}, [1 2]); x = M.ValueType;", "x", "double"},
		{"M = containers.Map([437 1089], {'Li','Jones'}); x = [M.KeyType ',' M.ValueType];", "x", "double,char"},
		{"M = containers.Map(int32([5 6]), {1, 'x'}); x = [M.KeyType ',' M.ValueType];", "x", "int32,any"},
		{"M = containers.Map({1, 2}, {true, false}); x = [M.KeyType ',' M.ValueType];", "x", "double,logical"},
		{"M = containers.Map('k', [1 2 3]); x = M('k');", "x", []float64{1, 2, 3}},
		{"M = containers.Map(\"k\", 5); x = M.KeyType;", "x", "char"},
		{"M = containers.Map([\"a\" \"b\"], [1 2]); x = M('b');", "x", []float64{2}},
		{"M = containers.Map({'a','b'}, {1, 2}, 'UniformValues', false); x = M.ValueType;", "x", "any"},
		{"M = containers.Map('ValueType','single','KeyType','uint64'); x = [M.KeyType ',' M.ValueType];", "x", "uint64,single"},
		{"M = containers.Map({'a','a'}, {1, 2}); x = [double(M.Count) M('a')];", "x", []float64{1, 2}},
		{"M = containers.Map({}, {}); x = double(M.Count);", "x", []float64{0}},
		// Properties, size and class queries.
		{"M = containers.Map({'a','b','c'}, {1,2,3}); x = class(M.Count);", "x", "uint64"},
		{"M = containers.Map({'a','b','c'}, {1,2,3}); x = [size(M) length(M) numel(M) size(M,2)];", "x", []float64{3, 1, 3, 3, 1}},
		{"M = containers.Map; x = [isempty(M) length(M)];", "x", []float64{1, 0}},
		{"M = containers.Map; x = class(M);", "x", "containers.Map"},
		{"M = containers.Map; x = [isa(M,'containers.Map') isa(M,'handle') isa(M,'double') isobject(M) isobject(1)];", "x", []float64{1, 1, 0, 1, 0}},
		// keys, values, isKey, remove.
		{"M = containers.Map({'b','B','a','_'}, {1,2,3,4}); x = strjoin(keys(M), ',');", "x", "B,_,a,b"},
		{"M = containers.Map([10 -1 2], {'p','q','r'}); x = cell2mat(keys(M));", "x", []float64{-1, 2, 10}},
		{"M = containers.Map([10 -1 2], {'p','q','r'}); v = values(M); x = [v{:}];", "x", "qrp"},
		{"M = containers.Map({'a','b'}, {1, 2}); v = values(M, {'b';'a'}); x = [size(v) v{:}];", "x", []float64{2, 1, 2, 1}},
		{"M = containers.Map({'a','b'}, {1, 2}); x = isKey(M, {'a','z';'b','q'});", "x", []float64{1, 1, 0, 0}},
		{"M = containers.Map({'a','b'}, {1, 2}); x = isKey(M, 5);", "x", []float64{0}},
		{"M = containers.Map({'a','b','c'}, {1, 2, 3}); remove(M, {'a','c'}); x = strjoin(keys(M), ',');", "x", "b"},
		{"M = containers.Map({'a','b'}, {1, 2}); N = remove(M, 'a'); x = [M == N double(M.Count)];", "x", []float64{1, 1}},
		{"M = containers.Map({'a','b'}, {1, 2}); x = [M.isKey('a') M.length() M.size()];", "x", []float64{1, 2, 2, 1}},
		{"M = containers.Map({'a','b'}, {1, 2}); k = M.keys; x = k{2};", "x", "b"},
		// Assignment, value types and handle semantics.
		{"M = containers.Map('KeyType','char','ValueType','int8'); M('a') = 300; x = class(M('a'));", "x", "int8"},
		{"M = containers.Map('KeyType','char','ValueType','char'); M('a') = \"str\"; x = M('a');", "x", "str"},
		{"M = containers.Map('KeyType','int32','ValueType','any'); M(2.0) = 'two'; x = M(int32(2));", "x", "two"},
		{"M = containers.Map; M('a') = 1; M('a') = M('a') + 1; x = M('a');", "x", []float64{2}},
		{"M1 = containers.Map; M2 = M1; M2('k') = 1; x = double(M1.Count);", "x", []float64{1}},
		{"M = containers.Map; s.m = M; s.m('k') = 1; c = {M}; c{1}('j') = 2; x = double(M.Count);", "x", []float64{2}},
		{"M = containers.Map; f = @(m) remove(m, 'k'); M('k') = 1; f(M); x = double(M.Count);", "x", []float64{0}},
		{"a = [1 2 3]; M = containers.Map; M('a') = a; a(1) = 9; b = M('a'); b(2) = 8; x = M('a');", "x", []float64{1, 2, 3}},
		{"A = containers.Map({'a','b'}, {1, 2}); B = containers.Map({'b','c'}, {'x', 3}); C = [A; B]; x = [double(C.Count) double(A.Count) strcmp(C('b'), 'x')];", "x", []float64{3, 2, 1}},
		{"A = containers.Map({'a'}, {1}); B = containers.Map({'b'}, {'s'}); C = [A; B]; x = C.ValueType;", "x", "any"},
		{"A = containers.Map; x = [A == A A ~= containers.Map];", "x", []float64{1, 1}},
		// Errors.
		{"M = containers.Map; M('x')", "error", "The specified key is not present in this container."},
		{"M = containers.Map; M(1)", "error", "Specified key type does not match the type expected for this container."},
		{"M = containers.Map; M({'a'})", "error", "Specified key type does not match the type expected for this container."},
		{"M = containers.Map('KeyType','double','ValueType','any'); M('a') = 1;", "error", "Specified key type does not match the type expected for this container."},
		{"M = containers.Map('KeyType','double','ValueType','any'); M(1+2i) = 1;", "error", "Specified key type does not match the type expected for this container."},
		{"M = containers.Map({'a'}, [1]); M('b') = 'x';", "error", "Specified value type does not match the type expected for this container."},
		{"M = containers.Map('KeyType','char','ValueType','double'); M('b') = [1 2];", "error", "Specified value type does not match the type expected for this container."},
		{"M = containers.Map('KeyType','char','ValueType','char'); M('b') = 1;", "error", "Specified value type does not match the type expected for this container."},
		{"M = containers.Map({'a'}, {1}); remove(M, {'a','b'});", "error", "The specified key is not present in this container."},
		{"M = containers.Map({'a'}, {1}); values(M, {'a','b'})", "error", "The specified key is not present in this container."},
		{"M = containers.Map({'a'}, {1}); values(M, 'a')", "error", "Specify the keys as a cell array."},
		{"M = containers.Map({'a','b'}, {1})", "error", "The number of keys and values must be the same."},
		{"M = containers.Map({'a', 1}, {1, 2})", "error", "Specified key type does not match the type expected for this container."},
		{"M = containers.Map('KeyType','logical','ValueType','any')", "error", "Unsupported key type 'logical'."},
		{"M = containers.Map('KeyType','char','ValueType','cell')", "error", "Unsupported value type 'cell'."},
		{"M = containers.Map('KeyType','char','ValueType','any','Bogus',1)", "error", "'Bogus' is not a recognized parameter."},
		{"M = containers.Map('KeyType','char','UniformValues',true,'Bogus',1)", "error", "'Bogus' is not a recognized parameter."},
		{"M = containers.Map('KeyType','char','UniformValues',true)", "error", "Specify both 'KeyType' and 'ValueType'"},
		{"M = containers.Map; M.Count = 3;", "error", "Unable to set the 'Count' property of class 'containers.Map' because it is read-only."},
		{"M = containers.Map; M.Foo", "error", "Unrecognized method, property, or field 'Foo' for class 'containers.Map'."},
		{"M = containers.Map; M('a', 'b')", "error", "Only one key can be specified"},
		{"M = containers.Map; x = [M, M];", "error", "Only vertical concatenation"},
		{"M = containers.Map; N = containers.Map('KeyType','double','ValueType','any'); x = [M; N];", "error", "Specified key type does not match"},
		{"M = containers.Map; x = M == 1;", "error", "Undefined function 'eq' for input arguments of type 'containers.Map' and 'double'."},
	})
}

func TestContainersMapDisplay(t *testing.T) {
	m := newContainersMap(value.Double, "char")
	m.put(mapKey{f: 1}, value.Str("a"))
	tests := []struct {
		f    display.Format
		want string
	}{
		{display.Format{}, "  Map with properties:\n\n        Count: 1\n      KeyType: double\n    ValueType: char\n"},
		{display.Format{Compact: true}, "  Map with properties:\n        Count: 1\n      KeyType: double\n    ValueType: char\n"},
	}
	for _, tc := range tests {
		var b strings.Builder
		m.DisplayBody(&b, "M", tc.f, 80)
		if b.String() != tc.want {
			t.Errorf("compact %v: got %q, want %q", tc.f.Compact, b.String(), tc.want)
		}
	}
	_, out, err := runSource(t, "M = containers.Map({'a','b'}, {1, 'x'})")
	if want := "M = \n\n  Map with properties:\n\n        Count: 2\n      KeyType: char\n    ValueType: any\n\n"; err != nil || out != want {
		t.Errorf("display: got %q (%v), want %q", out, err, want)
	}
}

func TestContainersMapSortedKeys(t *testing.T) {
	m := newContainersMap(value.Char, "any")
	for _, k := range []string{"é", "z", "\U0001F600", "\uFF21", "A", ""} {
		m.put(mapKey{s: k}, value.Num(1))
	}
	var got []string
	for _, k := range m.sortedKeys() {
		got = append(got, k.s)
	}
	// UTF-16 order puts the surrogate pair (D83D…) before U+FF21.
	want := []string{"", "A", "z", "é", "\U0001F600", "\uFF21"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	m.delete(mapKey{s: "z"})
	if got := len(m.sortedKeys()); got != 5 || len(m.entries) != 5 {
		t.Errorf("after delete: %d keys, %d entries", got, len(m.entries))
	}
}
