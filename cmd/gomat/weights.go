package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"

	"gomat/engine/weights"
)

const weightsUsage = `Usage:
  gomat weights list                         show installed and installable weights
  gomat weights install NAME [--from FILE] [--origin auto|pytorch|tf]
                                             install NAME (efficientnet-b0 … b7) from FILE
                                             (.pth or .safetensors), or download it
Weights live in $GOMAT_HOME/weights (default: the user cache folder, gomat/weights).
GOMAT_WEIGHTS_URL names a mirror of https://download.pytorch.org/models/;
GOMAT_OFFLINE=1 turns downloads off.
`

// weightsCmd implements "gomat weights …" and returns the exit status.
func weightsCmd(args []string, stdout, stderr io.Writer) int {
	dir, err := weights.DefaultDir()
	if err != nil {
		fmt.Fprintf(stderr, "gomat weights: %v\n", err)
		return 1
	}
	c := weights.Cache{Dir: dir}
	switch {
	case len(args) == 1 && args[0] == "list":
		listWeights(c, stdout)
		return 0
	case len(args) >= 2 && args[0] == "install":
		if err := installWeights(c, args[1], args[2:], stdout, stderr); err != nil {
			fmt.Fprintf(stderr, "gomat weights install: %v\n", err)
			return 1
		}
		return 0
	case len(args) == 1 && (args[0] == "help" || args[0] == "--help" || args[0] == "-h"):
		fmt.Fprint(stdout, weightsUsage)
		return 0
	}
	fmt.Fprint(stderr, weightsUsage)
	return 2
}

// listWeights prints every model with what is installed or where it can
// be downloaded from.
func listWeights(c weights.Cache, w io.Writer) {
	fmt.Fprintf(w, "Weights cache: %s\n\n", c.Dir)
	for _, p := range weights.Catalog {
		if path, m, ok := c.Installed(p.Model); ok {
			fmt.Fprintf(w, "%-16s installed  %s (from %s; %s, %s names, %s padding; SHA-256 %.12s…)\n",
				p.Model, path, m.Source, m.Format, m.Naming, m.Origin, m.SHA256)
			continue
		}
		fmt.Fprintf(w, "%-16s available  %s (torchvision, ImageNet top-1 %.3f%%)\n", p.Model, p.URL(os.Getenv("GOMAT_WEIGHTS_URL")), p.Top1)
	}
}

// installWeights installs a model from --from FILE or by downloading it.
func installWeights(c weights.Cache, model string, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("install", flag.ContinueOnError)
	fs.SetOutput(stderr)
	from := fs.String("from", "", "install from this file instead of downloading")
	originFlag := fs.String("origin", "auto", "padding convention of the weights: auto, pytorch or tf")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if _, err := weights.ModelVariant(model); err != nil {
		return err
	}
	origin, err := weights.ParseOrigin(*originFlag)
	if err != nil {
		return err
	}
	var m weights.Manifest
	if *from != "" {
		m, err = c.Install(model, *from, origin)
	} else {
		d, ok := weights.DefaultDownloader()
		if !ok {
			return fmt.Errorf("downloads are turned off (GOMAT_OFFLINE); bring the file and use --from FILE")
		}
		p, _ := weights.Lookup(model)
		fmt.Fprintf(stderr, "Downloading %s\n", p.URL(d.BaseURL))
		d.Progress = weights.TerminalWriter(stderr)
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		defer stop()
		m, err = d.Install(ctx, c, model)
	}
	if err != nil {
		return err
	}
	path, _, _ := c.Installed(model)
	fmt.Fprintf(stdout, "Installed %s from %s (%s, %s names, %s padding)\n  %s\n  SHA-256 %s\n",
		model, m.Source, m.Format, m.Naming, m.Origin, path, m.SHA256)
	return nil
}
