package dl

import (
	"fmt"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"sync/atomic"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// progressPlot renders MATLAB's training-progress figure to a PNG: the
// accuracy panel on top and the loss panel below, each with the raw
// mini-batch curve (light), its smoothed version (dark) and the
// validation points (black, dashed), epochs shaded in alternate bands,
// and a status line on top. It is rewritten (temporary file + rename) at
// every table row, so an image viewer that reloads shows live progress.
type progressPlot struct {
	path string
	hist *history
	val  bool
	last progressRow
}

// plotCount numbers the figures of one process.
var plotCount atomic.Int64

// newProgressPlot chooses the PNG's path in the temporary folder.
func newProgressPlot(h *history, val bool) *progressPlot {
	name := fmt.Sprintf("gomat-training-progress-%d-%d.png", os.Getpid(), plotCount.Add(1))
	return &progressPlot{path: filepath.Join(os.TempDir(), name), hist: h, val: val}
}

// MATLAB's colours: blue accuracy, orange loss, black validation.
var (
	accLight  = color.RGBA{R: 0x9c, G: 0xc3, B: 0xe6, A: 0xff}
	accDark   = color.RGBA{R: 0x00, G: 0x72, B: 0xbd, A: 0xff}
	lossLight = color.RGBA{R: 0xf4, G: 0xb1, B: 0x83, A: 0xff}
	lossDark  = color.RGBA{R: 0xd9, G: 0x53, B: 0x19, A: 0xff}
	valColor  = color.RGBA{A: 0xff}
	bandColor = color.RGBA{R: 0xf0, G: 0xf0, B: 0xf0, A: 0xff}
)

// update redraws the figure after a table row.
func (p *progressPlot) update(r progressRow, status string) {
	p.last = r
	p.write(status)
}

// final redraws the figure with the reason training finished.
func (p *progressPlot) final(reason string) { p.write("Training finished: " + reason) }

// write renders the figure; a failure to write is not worth stopping
// training for, so it is ignored (the next row tries again).
func (p *progressPlot) write(status string) {
	const w, h = 11 * vg.Inch, 8 * vg.Inch
	img := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(96), vgimg.UseBackgroundColor(color.White))
	dc := draw.New(img)
	p.header(dc, status)
	body := draw.Crop(dc, 0, 0, 0, -1.1*vg.Inch)
	hs := p.hist
	x := make([]float64, len(hs.loss))
	for i := range x {
		x[i] = float64(i + 1)
	}
	acc := p.panel("Accuracy (%)", x, scale(hs.acc, 100), scale(hs.valAcc, 100), accLight, accDark, 0, 102, false)
	loss := p.panel("Loss", x, hs.loss, hs.valLoss, lossLight, lossDark, 0, maxFinite(append(append([]float64(nil), hs.loss...), hs.valLoss...))*1.1, true)
	tiles := draw.Tiles{Rows: 2, Cols: 1, PadTop: vg.Points(4), PadBottom: vg.Points(8), PadLeft: vg.Points(10), PadRight: vg.Points(20), PadY: vg.Points(16)}
	canvases := plot.Align([][]*plot.Plot{{acc}, {loss}}, tiles, body)
	acc.Draw(canvases[0][0])
	loss.Draw(canvases[1][0])
	tmp := p.path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return
	}
	_, err = vgimg.PngCanvas{Canvas: img}.WriteTo(f)
	if cerr := f.Close(); err == nil && cerr == nil {
		os.Rename(tmp, p.path)
	} else {
		os.Remove(tmp)
	}
}

// header writes the title and the status lines.
func (p *progressPlot) header(dc draw.Canvas, status string) {
	r, hs := p.last, p.hist
	big := text.Style{Color: color.Black, Font: font.From(plot.DefaultFont, 16), Handler: plot.DefaultTextHandler}
	small := big
	small.Font = font.From(plot.DefaultFont, 11)
	small.Color = color.Gray{Y: 0x40}
	top := dc.Max.Y
	dc.FillText(big, vg.Point{X: dc.Min.X + 14, Y: top - 28}, "Training Progress — "+status)
	line := fmt.Sprintf("Epoch %d of %d    Iteration %d of %d    Iterations per epoch %d    Elapsed %s    Learning rate %s",
		r.epoch, max(1, hs.maxIter/max(1, hs.itersPerEpoch)), r.iteration, hs.maxIter, hs.itersPerEpoch, hms(r.elapsed), rateText(r.rate))
	dc.FillText(small, vg.Point{X: dc.Min.X + 14, Y: top - 50}, line)
	res := fmt.Sprintf("Mini-batch accuracy %s    Mini-batch loss %s", pct(r.acc), lossText(r.loss))
	if v, l, ok := lastValidation(hs); ok {
		res += fmt.Sprintf("    Validation accuracy %s    Validation loss %s", pct(v), lossText(l))
	}
	dc.FillText(small, vg.Point{X: dc.Min.X + 14, Y: top - 68}, res)
	p.legend(dc, small)
}

// legend draws the key of the curves at the top right.
func (p *progressPlot) legend(dc draw.Canvas, sty text.Style) {
	type entry struct {
		label  string
		colors []color.Color
		width  vg.Length
		dashed bool
	}
	entries := []entry{
		{"Training (mini-batch)", []color.Color{accLight, lossLight}, vg.Points(1.5), false},
		{"Training (smoothed)", []color.Color{accDark, lossDark}, vg.Points(2.5), false},
	}
	if p.val {
		entries = append(entries, entry{"Validation", []color.Color{valColor}, vg.Points(1.5), true})
	}
	x := dc.Max.X - vg.Points(210)
	for i, e := range entries {
		y := dc.Max.Y - vg.Points(24+16*float64(i))
		for k, c := range e.colors {
			ls := draw.LineStyle{Color: c, Width: e.width}
			if e.dashed {
				ls.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
			}
			x0 := x + vg.Points(22*float64(k))
			dc.StrokeLine2(ls, x0, y, x0+vg.Points(18), y)
		}
		dc.FillText(sty, vg.Point{X: x + vg.Points(52), Y: y - vg.Points(4)}, e.label)
	}
}

// lastValidation returns the latest validation accuracy and loss.
func lastValidation(h *history) (acc, loss float64, ok bool) {
	for i := len(h.valLoss) - 1; i >= 0; i-- {
		if !math.IsNaN(h.valLoss[i]) {
			return h.valAcc[i], h.valLoss[i], true
		}
	}
	return 0, 0, false
}

// panel builds one subplot.
func (p *progressPlot) panel(ylabel string, x, train, val []float64, light, dark color.Color, ymin, ymax float64, xlabel bool) *plot.Plot {
	pl := plot.New()
	pl.Y.Label.Text = ylabel
	if xlabel {
		pl.X.Label.Text = "Iteration"
	}
	if !(ymax > ymin) {
		ymax = ymin + 1
	}
	pl.Y.Min, pl.Y.Max = ymin, ymax
	pl.X.Min, pl.X.Max = 0, float64(max(p.hist.maxIter, 1))
	pl.Add(&epochBands{h: p.hist, ymin: ymin, ymax: ymax})
	pl.Add(plotter.NewGrid())
	if len(x) > 0 {
		raw, _ := plotter.NewLine(xy(x, train))
		raw.Color, raw.Width = light, vg.Points(1)
		sm, _ := plotter.NewLine(xy(x, smooth(train)))
		sm.Color, sm.Width = dark, vg.Points(2)
		pl.Add(raw, sm)
	}
	if p.val {
		var vx, vy []float64
		for i, v := range val {
			if !math.IsNaN(v) {
				vx, vy = append(vx, x[i]), append(vy, v)
			}
		}
		if len(vx) > 0 {
			l, s, _ := plotter.NewLinePoints(xy(vx, vy))
			l.Color, l.Width, l.Dashes = valColor, vg.Points(1.2), []vg.Length{vg.Points(5), vg.Points(3)}
			s.Shape, s.Color, s.Radius = draw.CircleGlyph{}, valColor, vg.Points(3)
			pl.Add(l, s)
		}
	}
	return pl
}

// epochBands shades every other epoch and labels the epochs.
type epochBands struct {
	h          *history
	ymin, ymax float64
}

// Plot draws the bands.
func (b *epochBands) Plot(c draw.Canvas, pl *plot.Plot) {
	ipe := b.h.itersPerEpoch
	if ipe < 1 {
		return
	}
	epochs := b.h.maxIter / ipe
	trX, trY := pl.Transforms(&c)
	sty := text.Style{Color: color.Gray{Y: 0x70}, Font: font.From(plot.DefaultFont, 9), Handler: plot.DefaultTextHandler, XAlign: draw.XCenter}
	for e := 0; e < epochs; e++ {
		x0, x1 := trX(float64(e*ipe)), trX(float64((e+1)*ipe))
		if e%2 == 1 {
			c.FillPolygon(bandColor, []vg.Point{{X: x0, Y: trY(b.ymin)}, {X: x1, Y: trY(b.ymin)}, {X: x1, Y: trY(b.ymax)}, {X: x0, Y: trY(b.ymax)}})
		}
		if epochs <= 20 {
			c.FillText(sty, vg.Point{X: (x0 + x1) / 2, Y: trY(b.ymin) + 4}, fmt.Sprintf("Epoch %d", e+1))
		}
	}
}

// xy pairs two slices for a plotter, dropping non-finite values.
func xy(x, y []float64) plotter.XYs {
	out := make(plotter.XYs, 0, len(x))
	for i := range x {
		if !math.IsNaN(y[i]) && !math.IsInf(y[i], 0) {
			out = append(out, plotter.XY{X: x[i], Y: y[i]})
		}
	}
	return out
}

// smooth is a bias-corrected exponential moving average (factor 0.6), the
// smoothing MATLAB's plot applies to the mini-batch curves.
func smooth(y []float64) []float64 {
	out := make([]float64, len(y))
	var s, wsum float64
	for i, v := range y {
		s = 0.6*s + 0.4*v
		wsum = 0.6*wsum + 0.4
		out[i] = s / wsum
	}
	return out
}

// scale multiplies values by f.
func scale(xs []float64, f float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = x * f
	}
	return out
}

// maxFinite returns the largest finite value (1 when there is none).
func maxFinite(xs []float64) float64 {
	m := math.Inf(-1)
	for _, x := range xs {
		if !math.IsNaN(x) && !math.IsInf(x, 0) && x > m {
			m = x
		}
	}
	if math.IsInf(m, -1) {
		return 1
	}
	return m
}
