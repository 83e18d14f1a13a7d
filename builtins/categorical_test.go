package builtins

import (
	"slices"
	"strings"
	"testing"

	"gomat/lang/display"
	"gomat/lang/value"
)

func TestNewCategorical(t *testing.T) {
	tests := []struct {
		labels, cats, wantCats []string
		wantCodes              []int
	}{
		{[]string{"dog", "cat", "dog"}, nil, []string{"cat", "dog"}, []int{2, 1, 2}},
		{[]string{"b", "", "a"}, nil, []string{"a", "b"}, []int{2, 0, 1}},
		{[]string{"x", "y"}, []string{"y", "z"}, []string{"y", "z"}, []int{0, 1}},
	}
	for _, tc := range tests {
		c := NewCategorical(tc.labels, tc.cats)
		if !slices.Equal(c.Categories(), tc.wantCats) || !slices.Equal(c.Codes(), tc.wantCodes) || !c.Size().Equal(value.Dims{len(tc.labels), 1}) {
			t.Errorf("%v/%v: got %v %v %v", tc.labels, tc.cats, c.Categories(), c.Codes(), c.Size())
		}
	}
}

func TestCategoricalDisplay(t *testing.T) {
	tests := []struct {
		c    *Categorical
		name string
		want string
	}{
		{NewCategorical([]string{"cat", "mouse", "cat"}, nil), "c", "  3×1 categorical array\n\n     cat \n     mouse \n     cat \n"},
		{NewCategorical([]string{"cat"}, nil), "c", "  categorical\n\n     cat \n"},
		{NewCategorical([]string{"a", ""}, nil), "", "     a \n     <undefined> \n"},
		{NewCategorical(nil, nil), "c", "  0×1 empty categorical array\n"},
	}
	for _, tc := range tests {
		var b strings.Builder
		tc.c.DisplayBody(&b, tc.name, display.Format{}, 80)
		if b.String() != tc.want {
			t.Errorf("got %q, want %q", b.String(), tc.want)
		}
	}
	row := NewCategorical([]string{"plane", "car", "train", "car", "plane"}, nil)
	row.codes.Reshape(value.Dims{1, 5})
	var b strings.Builder
	row.DisplayBody(&b, "A", display.Format{Compact: true}, 80)
	if want := "  1×5 categorical array\n     plane      car      train      car      plane \n"; b.String() != want {
		t.Errorf("row: got %q, want %q", b.String(), want)
	}
}

func TestCategoricalScripts(t *testing.T) {
	tests := []struct{ code, want string }{
		{"c = categorical([3 1 2 3]); disp(strjoin(categories(c)', ','))", "1,2,3\n"},
		{"c = categorical([true false true]); disp(strjoin(categories(c)', ','))", "false,true\n"},
		{"c = categorical({'b','a','b'}, {'b','a','z'}); disp(mat2str(countcats(c)))", "[2 1 0]\n"},
		{"c = categorical([1 2 3], [1 2], {'one','two'}); disp(strjoin(cellstr(c), ','))", "one,two,<undefined>\n"},
		{"c = categorical({' x ', 'y'}); disp(strjoin(categories(c)', ','))", "x,y\n"},
		{"c = categorical({'a';'b';'a'}); disp(mat2str(eq(c, 'a')))", "[true;false;true]\n"},
		{"c = categorical({'a';'b'}); d = categorical({'a';'c'}); disp(mat2str(ne(c, d)))", "[false;true]\n"},
		{"c = categorical({'a';'b';'a'}); disp(mean(eq(c, c(1))))", "    0.6667\n"},
		{"c = categorical({'a','b'}); c(2) = 'z'; disp(strjoin(categories(c), ','))", "a,b,z\n"},
		{"c = categorical({'a','b','c'}); c(2) = []; disp(strjoin(cellstr(c), ','))", "a,c\n"},
		{"c = [categorical({'a'}), categorical({'b'})]; disp(mat2str(size(c))); disp(strjoin(categories(c), ','))", "[1 2]\na,b\n"},
		{"c = categorical({'a','b'}); c = addcats(c, {'q'}); c = removecats(c, 'a'); disp(strjoin(cellstr(c), ','))", "<undefined>,b\n"},
		{"c = categorical({'a','b'}); c = renamecats(c, {'x','y'}); disp(strjoin(cellstr(c), ','))", "x,y\n"},
		{"c = categorical({'a','b'}, {'b','a'}); c = reordercats(c); disp(strjoin(categories(c), ','))", "a,b\n"},
		{"c = categorical({'a','b'}); c = removecats(addcats(c, 'q')); disp(numel(categories(c)))", "     2\n"},
		{"c = categorical({'a';''}); disp(mat2str(isundefined(c))); disp(mat2str(double(c)))", "[false;true]\n[1;NaN]\n"},
		{"c = categorical({'b','a','b'}); [u, ia, ic] = unique(c); disp(strjoin(cellstr(u), ',')); disp(mat2str(ia')); disp(mat2str(ic'))", "a,b\n[2 1]\n[2 1 2]\n"},
		{"c = categorical({'a','b'}); disp(iscategorical(c)); disp(iscategorical(1))", "   1\n   0\n"},
		{"c = categorical({'a','b'}); disp(isequal(c, categorical({'a','b'})))", "   1\n"},
		{"c = categorical({'s','m'}, {'s','m','l'}, 'Ordinal', true); disp(isordinal(c))", "   1\n"},
		{"c = categorical({'a','b','c','d'}); r = reshape(c, 2, 2); disp(mat2str(size(r))); disp(mat2str(size(transpose(c))))", "[2 2]\n[4 1]\n"},
		{"c = categorical({'a','b'}); disp(c.categories{2})", "b\n"},
		{"c = categorical({'s','m','l'}, {'s','m','l'}, 'Ordinal', true); disp(mat2str(c > 's')); disp(mat2str(c <= c(2))); disp(mat2str(ge('m', c)))", "[false true true]\n[true true false]\n[true true false]\n"},
		{"c = categorical({'a';'b';'a'}); summary(c)", "c: 3×1 categorical\n\n     a                2 \n     b                1 \n     <undefined>      0 \n"},
	}
	for _, tc := range tests {
		if out := imgMustRun(t, "", tc.code); out != tc.want {
			t.Errorf("%s\ngot  %q\nwant %q", tc.code, out, tc.want)
		}
	}
	imgWantErr(t, "", "categorical({1, 2})", "Unable to create a categorical array")
	imgWantErr(t, "", "categorical({'a'}) < 'a'", "Relational comparisons are not allowed for categorical arrays that are not ordinal.")
	imgWantErr(t, "", "c = categorical({'s'}, {'s','m'}, 'Ordinal', true); c < 'huge'", "huge")
	imgWantErr(t, "", "c = categorical({'s'}, {'s','m'}, 'Ordinal', true); c == categorical({'s'})", "ordinal")
	imgWantErr(t, "", "eq(categorical({'a'}), 1)", "Invalid types for comparison.")
	imgWantErr(t, "", "c = categorical({'s'}, {'s','m'}, 'Ordinal', true); c(2) = 'q';", "ordinal")
}
