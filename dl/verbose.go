package dl

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"
)

// verboseTable prints MATLAB's training progress table: 118 '=' wide with
// validation columns, 88 without.
type verboseTable struct {
	w   io.Writer
	val bool
}

// rule is the '=' line above and below the header and at the end.
func (t verboseTable) rule() string {
	if t.val {
		return "|" + strings.Repeat("=", 118) + "|"
	}
	return "|" + strings.Repeat("=", 88) + "|"
}

// header prints the rule, the two header lines and the rule.
func (t verboseTable) header() {
	top := "|  Epoch  |  Iteration  |  Time Elapsed  |  Mini-batch  |  Validation  |  Mini-batch  |  Validation  |  Base Learning  |"
	bot := "|         |             |   (hh:mm:ss)   |   Accuracy   |   Accuracy   |     Loss     |     Loss     |      Rate       |"
	if !t.val {
		top = "|  Epoch  |  Iteration  |  Time Elapsed  |  Mini-batch  |  Mini-batch  |  Base Learning  |"
		bot = "|         |             |   (hh:mm:ss)   |   Accuracy   |     Loss     |      Rate       |"
	}
	fmt.Fprintf(t.w, "%s\n%s\n%s\n%s\n", t.rule(), top, bot, t.rule())
}

// progressRow is one row of the table; validation values are NaN when
// validation did not run at that iteration.
type progressRow struct {
	epoch, iteration int
	elapsed          time.Duration
	acc, loss        float64
	valAcc, valLoss  float64
	rate             float64
}

// row prints one row.
func (t verboseTable) row(r progressRow) {
	el := hms(r.elapsed)
	acc, loss, rate := pct(r.acc), lossText(r.loss), rateText(r.rate)
	if t.val {
		va, vl := "", ""
		if !math.IsNaN(r.valLoss) {
			va, vl = pct(r.valAcc), lossText(r.valLoss)
		}
		fmt.Fprintf(t.w, "| %7d | %11d | %14s | %12s | %12s | %12s | %12s | %15s |\n", r.epoch, r.iteration, el, acc, va, loss, vl, rate)
		return
	}
	fmt.Fprintf(t.w, "| %7d | %11d | %14s | %12s | %12s | %15s |\n", r.epoch, r.iteration, el, acc, loss, rate)
}

// footer prints the closing rule and the reason training ended.
func (t verboseTable) footer(reason string) {
	fmt.Fprintf(t.w, "%s\nTraining finished: %s\n", t.rule(), reason)
}

// hms formats a duration as hh:mm:ss.
func hms(d time.Duration) string {
	s := int(d / time.Second)
	return fmt.Sprintf("%02d:%02d:%02d", s/3600, s/60%60, s%60)
}

// pct formats an accuracy fraction as "93.75%".
func pct(x float64) string { return fmt.Sprintf("%.2f%%", 100*x) }

// lossText formats a loss as MATLAB's table does: four decimals below 10,
// fewer for larger values ("33.50", "561.2", "1848.9").
func lossText(x float64) string {
	switch a := math.Abs(x); {
	case math.IsNaN(x):
		return "NaN"
	case a < 10:
		return fmt.Sprintf("%.4f", x)
	case a < 100:
		return fmt.Sprintf("%.2f", x)
	default:
		return fmt.Sprintf("%.1f", x)
	}
}

// rateText formats a learning rate: "0.0100", or "1.0000e-04" below 0.001.
func rateText(x float64) string {
	if x != 0 && x < 0.001 {
		return fmt.Sprintf("%.4e", x)
	}
	return fmt.Sprintf("%.4f", x)
}
