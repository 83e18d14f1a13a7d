package dl

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "analyzeNetwork", Fn: analyzeNetworkFn, Doc: "analyzeNetwork(net|layers|lgraph): print each layer's type, activation size and learnable sizes (MATLAB opens an app)"},
	})
}

// analyzeNetworkFn prints the analysis MATLAB's Network Analyzer shows:
// one row per layer with its activations and learnables, then totals.
func analyzeNetworkFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("net", &v); err != nil {
		return nil, err
	}
	n, ok := v.Ref().(*Network)
	if !ok {
		g, series, err := graphOf(v)
		if err != nil {
			return nil, err
		}
		if n, err = assemble(g, streamOf(c.In), series); err != nil {
			return nil, err
		}
	}
	rows := [][]string{{"#", "Name", "Type", "Activations", "Learnables"}}
	total := 0
	for i, l := range n.graph.layers {
		act := ""
		if s, err := n.net.LayerSize(l.Name()); err == nil {
			act = s.String()
		}
		var learn []string
		for _, p := range []string{"Weights", "Bias", "Offset", "Scale"} {
			if pv := l.param(p); pv != nil && pv.Value != nil {
				learn = append(learn, p+" "+l.paramDims(p, pv).String())
				total += len(pv.Value)
			}
		}
		rows = append(rows, []string{fmt.Sprint(i + 1), l.Name(), l.cls.typ, act, strings.Join(learn, ", ")})
	}
	widths := make([]int, 5)
	for _, r := range rows {
		for k, s := range r {
			widths[k] = max(widths[k], utf8.RuneCountInString(s))
		}
	}
	w := c.In.Out
	fmt.Fprintf(w, "Analysis of %s: %d layers, %d connections, %d learnables\n\n", n.ClassName(), len(n.graph.layers), len(n.graph.conns), total)
	for i, r := range rows {
		fmt.Fprintf(w, "  %*s   %s   %s   %s   %s\n", widths[0], r[0], pad(r[1], widths[1]), pad(r[2], widths[2]), pad(r[3], widths[3]), r[4])
		if i == 0 {
			fmt.Fprintf(w, "  %s\n", strings.Repeat("-", widths[0]+widths[1]+widths[2]+widths[3]+widths[4]+12))
		}
	}
	fmt.Fprintf(w, "\nTotal learnables: %d\n", total)
	return nil, nil
}
