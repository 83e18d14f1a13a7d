package dl

import (
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "confusionmat", Fn: confusionmatFn, Doc: "[C, order] = confusionmat(trueLabels, predictedLabels): confusion matrix (rows true, columns predicted)"},
		{Name: "confusionchart", Fn: confusionchartFn, Doc: "confusionchart(trueLabels, predictedLabels) or confusionchart(C, classLabels): draw the confusion matrix to a PNG and print its path"},
	})
}

// groups reads two label vectors (categorical, text lists or numeric)
// as indices into their common class list.
func groups(a, b value.Value) (ia, ib []int, classes []string, err error) {
	la, ca, okA := labelStrings(a)
	lb, cb, okB := labelStrings(b)
	if !okA || !okB {
		return nil, nil, nil, value.Errorf("MATLAB:confusionmat:InvalidGroups", "G and GHAT must be categorical, numeric, logical, or character/string/cell vectors.")
	}
	if len(la) != len(lb) {
		return nil, nil, nil, value.Errorf("MATLAB:confusionmat:GroupLengthMismatch", "G and GHAT need to have same number of observations.")
	}
	pos := map[string]int{}
	for _, cs := range [][]string{ca, cb} {
		for _, c := range cs {
			if _, ok := pos[c]; !ok {
				pos[c] = len(classes)
				classes = append(classes, c)
			}
		}
	}
	idx := func(ls []string) []int {
		out := make([]int, len(ls))
		for i, l := range ls {
			out[i] = -1
			if p, ok := pos[l]; ok && l != "" {
				out[i] = p
			}
		}
		return out
	}
	return idx(la), idx(lb), classes, nil
}

// labelStrings returns labels as strings with their class list:
// categories for categorical, sorted unique values otherwise.
func labelStrings(v value.Value) ([]string, []string, bool) {
	if codes, cats, ok := labelCodes(v); ok {
		out := make([]string, len(codes))
		for i, c := range codes {
			if c >= 0 {
				out[i] = cats[c]
			}
		}
		return out, cats, true
	}
	if ss, ok := interp.TextList(v); ok {
		return ss, sortedUniqueText(ss), true
	}
	xs, err := value.ToFloat64(v)
	if err != nil {
		return nil, nil, false
	}
	vals := append([]float64(nil), xs...)
	sort.Float64s(vals)
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = fmt.Sprint(x)
	}
	var cats []string
	for i, x := range vals {
		if i == 0 || x != vals[i-1] {
			cats = append(cats, fmt.Sprint(x))
		}
	}
	return out, cats, true
}

// sortedUniqueText returns the distinct non-empty strings, sorted.
func sortedUniqueText(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// confusion counts (true, predicted) pairs.
func confusion(ia, ib []int, k int) []int {
	m := make([]int, k*k)
	for i := range ia {
		if ia[i] >= 0 && ib[i] >= 0 {
			m[ia[i]*k+ib[i]]++
		}
	}
	return m
}

func confusionmatFn(c *interp.Call) ([]value.Value, error) {
	var a, b value.Value
	if err := c.Unpack("g", &a, "ghat", &b); err != nil {
		return nil, err
	}
	ia, ib, classes, err := groups(a, b)
	if err != nil {
		return nil, err
	}
	k := len(classes)
	m := confusion(ia, ib, k)
	out := value.NewArray(value.Double, value.Dims{k, k})
	for i := 0; i < k; i++ {
		for j := 0; j < k; j++ {
			out.Re[i+k*j] = float64(m[i*k+j])
		}
	}
	var order value.Value
	if _, _, ok := labelCodes(a); ok {
		order = value.FromRef(categoricalColumn(classes, classes))
	} else if _, ok := interp.TextList(a); ok {
		order = colCellStr(classes)
	} else {
		xs := make([]float64, k)
		for i, s := range classes {
			fmt.Sscan(s, &xs[i])
		}
		order = value.ColVector(xs)
	}
	return []value.Value{value.FromRef(out), order}, nil
}

func confusionchartFn(c *interp.Call) ([]value.Value, error) {
	var a, b value.Value
	if err := c.Unpack("trueLabels", &a, "predictedLabels", &b); err != nil {
		return nil, err
	}
	var m []int
	var classes []string
	if arr, ok := a.Ref().(*value.Array); ok && arr.Size().Rows() == arr.Size()[1] && arr.Size().Rows() > 1 && b.Numel() == arr.Size().Rows() {
		// confusionchart(C, classLabels)
		k := arr.Size().Rows()
		m = make([]int, k*k)
		for i := 0; i < k; i++ {
			for j := 0; j < k; j++ {
				m[i*k+j] = int(arr.Re[i+k*j])
			}
		}
		ls, _, ok := labelStrings(b)
		if !ok {
			return nil, value.Errorf("MATLAB:confusionchart:InvalidClassLabels", "Class labels must be a categorical, numeric, string or cell array vector.")
		}
		classes = ls
	} else {
		ia, ib, cls, err := groups(a, b)
		if err != nil {
			return nil, err
		}
		classes, m = cls, confusion(ia, ib, len(cls))
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("gomat-confusionchart-%d-%d.png", os.Getpid(), plotCount.Add(1)))
	if err := drawConfusion(path, m, classes); err != nil {
		return nil, value.Errorf("gomat:confusionchart:write", "Unable to write the confusion chart: %s", err.Error())
	}
	fmt.Fprintf(c.In.Out, "Confusion chart: %s\n", path)
	return nil, nil
}

// drawConfusion draws MATLAB's confusion chart: counts in cells, the
// diagonal blue and off-diagonal cells orange, shaded by count.
func drawConfusion(path string, m []int, classes []string) error {
	k := len(classes)
	cell := vg.Points(float64(max(36, min(90, 540/max(k, 1)))))
	margin := vg.Points(140)
	w, h := margin+cell*vg.Length(k)+vg.Points(40), cell*vg.Length(k)+vg.Points(100)
	img := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(96), vgimg.UseBackgroundColor(color.White))
	dc := draw.New(img)
	sty := text.Style{Color: color.Black, Font: font.From(plot.DefaultFont, 11), Handler: plot.DefaultTextHandler, XAlign: draw.XCenter, YAlign: draw.YCenter}
	maxN := 1
	for _, v := range m {
		maxN = max(maxN, v)
	}
	x0, top := margin, h-vg.Points(30)
	for i := 0; i < k; i++ {
		for j := 0; j < k; j++ {
			v := m[i*k+j]
			f := 0.15 + 0.85*float64(v)/float64(maxN)
			base := [3]float64{0xd9, 0x53, 0x19}
			if i == j {
				base = [3]float64{0x00, 0x72, 0xbd}
			}
			col := color.RGBA{uint8(255 - f*(255-base[0])), uint8(255 - f*(255-base[1])), uint8(255 - f*(255-base[2])), 255}
			if v == 0 {
				col = color.RGBA{255, 255, 255, 255}
			}
			xa, ya := x0+cell*vg.Length(j), top-cell*vg.Length(i+1)
			dc.FillPolygon(col, []vg.Point{{X: xa, Y: ya}, {X: xa + cell, Y: ya}, {X: xa + cell, Y: ya + cell}, {X: xa, Y: ya + cell}})
			dc.StrokeLines(draw.LineStyle{Color: color.Gray{Y: 0xc0}, Width: vg.Points(0.5)}, []vg.Point{{X: xa, Y: ya}, {X: xa + cell, Y: ya}, {X: xa + cell, Y: ya + cell}, {X: xa, Y: ya + cell}, {X: xa, Y: ya}})
			ts := sty
			if f > 0.6 && v > 0 {
				ts.Color = color.White
			}
			dc.FillText(ts, vg.Point{X: xa + cell/2, Y: ya + cell/2}, fmt.Sprint(v))
		}
		right := sty
		right.XAlign = draw.XRight
		dc.FillText(right, vg.Point{X: x0 - 6, Y: top - cell*vg.Length(i) - cell/2}, classes[i])
		dc.FillText(sty, vg.Point{X: x0 + cell*vg.Length(i) + cell/2, Y: top - cell*vg.Length(k) - 14}, classes[i])
	}
	bold := sty
	bold.Font = font.From(plot.DefaultFont, 13)
	dc.FillText(bold, vg.Point{X: x0 + cell*vg.Length(k)/2, Y: top - cell*vg.Length(k) - 40}, "Predicted Class")
	bold.Rotation = 1.5707963
	dc.FillText(bold, vg.Point{X: vg.Points(24), Y: top - cell*vg.Length(k)/2}, "True Class")
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	_, err = vgimg.PngCanvas{Canvas: img}.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
