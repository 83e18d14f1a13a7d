package builtins

import (
	"strings"
	"testing"

	"gomat/lang/display"
	"gomat/lang/value"
)

func TestTableDisplay(t *testing.T) {
	labels := NewCategorical([]string{"vehicle", "stopSign", "carRear", "carFront"}, []string{"vehicle", "stopSign", "carRear", "carFront"})
	counts := value.ColVector([]float64{336, 42, 10, 9})
	images := value.ColVector([]float64{295, 41, 9, 8})
	tab, err := NewTable([]string{"Label", "Count", "ImageCount"}, []value.Value{value.FromRef(labels), counts, images})
	if err != nil {
		t.Fatal(err)
	}
	// MATLAB's countEachLabel documentation example.
	want := "  4×3 table\n\n" +
		"     Label      Count    ImageCount\n" +
		"    ________    _____    __________\n\n" +
		"    vehicle      336        295    \n" +
		"    stopSign      42         41    \n" +
		"    carRear       10          9    \n" +
		"    carFront       9          8    \n"
	var b strings.Builder
	tab.DisplayBody(&b, "tbl", display.Format{}, 80)
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	heights := value.ColVector([]float64{74, 65.4, 72.2})
	weights := value.ColVector([]float64{185, 133, 210})
	p, err := NewTable([]string{"weights", "heights"}, []value.Value{weights, heights})
	if err != nil {
		t.Fatal(err)
	}
	p.rowNames = []string{"Harry", "Sally", "Jose"}
	want = "             weights    heights\n" +
		"             _______    _______\n\n" +
		"    Harry      185         74  \n" +
		"    Sally      133       65.4  \n" +
		"    Jose       210       72.2  \n"
	b.Reset()
	p.DisplayBody(&b, "", display.Format{}, 80)
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestTableCells(t *testing.T) {
	names := value.FromRef(value.NewCellFrom(value.Dims{2, 1}, []value.Value{value.Str("Li"), value.Str("Sanchez")}))
	data := value.FromRef(value.NewCellFrom(value.Dims{2, 1}, []value.Value{value.RowVector([]float64{1, 2, 3}), value.Num(5)}))
	flags := value.FromRef(value.NewArrayFrom(value.Logical, value.Dims{2, 1}, []float64{1, 0}, nil))
	tab, err := NewTable([]string{"Name", "Data", "Ok"}, []value.Value{names, data, flags})
	if err != nil {
		t.Fatal(err)
	}
	want := "       Name            Data         Ok  \n" +
		"    ___________    ____________    _____\n\n" +
		"    {'Li'     }    {1×3 double}    true \n" +
		"    {'Sanchez'}    {[5]       }    false\n"
	var b strings.Builder
	tab.DisplayBody(&b, "", display.Format{}, 80)
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}

func TestTableScripts(t *testing.T) {
	setup := "T = table({'b';'a';'c'}, [2;1;3], 'VariableNames', {'Name','N'}); "
	tests := []struct{ code, want string }{
		{"disp(height(T)); disp(width(T)); disp(mat2str(size(T)))", "     3\n     2\n[3 2]\n"},
		{"disp(mat2str(T.N))", "[2;1;3]\n"},
		{"disp(T.Name{2})", "a\n"},
		{"disp(strjoin(T.Properties.VariableNames, ','))", "Name,N\n"},
		{"T.Properties.VariableNames{2} = 'Count'; disp(mat2str(T.Count'))", "[2 1 3]\n"},
		{"U = T(2:3, 'N'); disp(mat2str(size(U))); disp(class(U))", "[2 1]\ntable\n"},
		{"disp(mat2str(T{[1 3], 2}))", "[2;3]\n"},
		{"disp(T{end, 'Name'})", "    {'c'}\n"},
		{"T.M = T.N * 2; disp(mat2str(T.M'))", "[4 2 6]\n"},
		{"T.N(2) = 10; disp(mat2str(T.N'))", "[2 10 3]\n"},
		{"T{1, 'N'} = 7; disp(mat2str(T.N'))", "[7 1 3]\n"},
		{"S = sortrows(T, 'N'); disp(strjoin(S.Name', ','))", "a,b,c\n"},
		{"S = sortrows(T, 'Name', 'descend'); disp(mat2str(S.N'))", "[3 2 1]\n"},
		{"[S, i] = sortrows(T, -2); disp(mat2str(i'))", "[3 1 2]\n"},
		{"H = head(T, 2); disp(height(H)); L = tail(T, 1); disp(L.Name{1})", "     2\nc\n"},
		{"disp(height(head(T)))", "     3\n"},
		{"V = [T; T]; disp(height(V))", "     6\n"},
		{"T(2, :) = []; disp(mat2str(T.N'))", "[2 3]\n"},
		{"T(:, 'Name') = []; disp(strjoin(T.Properties.VariableNames, ','))", "N\n"},
		{"C = table2cell(T); disp(class(C{1,1})); disp(C{1,2})", "char\n     2\n"},
		{"A = table2array(T(:, 2)); disp(mat2str(A))", "[2;1;3]\n"},
		{"disp(istable(T)); disp(istable(1))", "   1\n   0\n"},
		{"A = array2table([1 2; 3 4]); disp(strjoin(A.Properties.VariableNames, ','))", "Var1,Var2\n"},
		{"R = table([1;2], 'RowNames', {'x','y'}); disp(R{'y', 1})", "     2\n"},
		{"L = table(categorical({'a';'b'}), [1;2]); disp(mat2str(eq(L.Var1, 'b')))", "[false;true]\n"},
	}
	for _, tc := range tests {
		if out := imgMustRun(t, "", setup+tc.code); out != tc.want {
			t.Errorf("%s\ngot  %q\nwant %q", tc.code, out, tc.want)
		}
	}
	imgWantErr(t, "", setup+"T(1)", "Subscripting into a table using one subscript")
	imgWantErr(t, "", setup+"T.Zed", "Unrecognized table variable name 'Zed'.")
	imgWantErr(t, "", "table([1;2], [1;2;3])", "same number of rows")
	imgWantErr(t, "", setup+"T.X = [1;2]", "number of rows must match")
}

func TestTableAssignAndSort(t *testing.T) {
	setup := "T = table({'b';'a'}, [2;1], [5 1; 3 4], 'VariableNames', {'N','V','M'}, 'RowNames', {'r1','r2'}); "
	tests := []struct{ code, want string }{
		{"U = sortrows(T, 'RowNames'); disp(strjoin(U.N', ','))", "b,a\n"},
		{"U = sortrows(T, 'M'); disp(strjoin(U.N', ','))", "a,b\n"},
		{"U = sortrows(T, {'V','N'}, {'descend','ascend'}); disp(mat2str(U.V'))", "[2 1]\n"},
		{"S = table([1;2], {'x';'y'}); S(end+1, :) = {3, 'z'}; disp(S.Var2{3}); disp(height(S))", "z\n     3\n"},
		{"T(2, {'N','V'}) = {'q', 7}; disp(T.N{2}); disp(T.V(2))", "q\n     7\n"},
		{"T(:, 'V') = {0}; disp(mat2str(T.V))", "[0;0]\n"},
	}
	for _, tc := range tests {
		if out := imgMustRun(t, "", setup+tc.code); out != tc.want {
			t.Errorf("%s\ngot  %q\nwant %q", tc.code, out, tc.want)
		}
	}
	imgWantErr(t, "", setup+"T(1, 'V') = 5;", "Right hand side of an assignment into a table must be another table or a cell array.")
	imgWantErr(t, "", setup+"sortrows(T, 'V', 'up')", "Sorting direction must be 'ascend' or 'descend'.")
}
