// Command gomat runs MATLAB scripts, evaluates -batch statements, and
// offers an interactive prompt.
//
//	gomat FILE.m [ARGS…]   run a script (or call a function file with ARGS)
//	gomat -batch "stmts"   run statements and exit, like matlab -batch
//	gomat                  start the interactive prompt
//	gomat weights …        manage the pretrained weights cache
package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"github.com/chzyer/readline"

	_ "gomat/builtins"
	_ "gomat/dl"
	"gomat/lang/interp"
	"gomat/lang/value"
)

// version is the gomat release this binary reports.
const version = "0.1.0"

const usage = `Usage:
  gomat [--strict] FILE.m [ARGS...]   run a script, or call a function file with ARGS
  gomat [--strict] -batch "STMTS"     run statements and exit (like matlab -batch)
  gomat [--strict]                    start the interactive prompt
  gomat weights list                  show cached and installable pretrained weights
  gomat weights install NAME [--from FILE]
                                      download, or copy from FILE, and verify weights
  gomat --version | --help

Exit status is 0 on success and 1 when an error ends the run.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, returning the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "weights" {
		return weightsCmd(args[1:], stdout, stderr)
	}
	strict := false
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		switch args[0] {
		case "--strict", "-strict":
			strict = true
			args = args[1:]
			continue
		case "--version", "-version":
			fmt.Fprintf(stdout, "gomat %s\n", version)
			return 0
		case "--help", "-help", "-h":
			fmt.Fprint(stdout, usage)
			return 0
		case "-batch", "--batch":
			if len(args) < 2 {
				fmt.Fprint(stderr, usage)
				return 2
			}
			in := newInterp(stdout, stderr, strict)
			return finish(in, in.RunString("", args[1]), stderr)
		}
		fmt.Fprintf(stderr, "gomat: unknown option %s\n%s", args[0], usage)
		return 2
	}
	in := newInterp(stdout, stderr, strict)
	if len(args) == 0 {
		return repl(in, stdout, stderr)
	}
	stop := catchInterrupts(in)
	defer stop()
	return finish(in, runFile(in, args[0], args[1:]), stderr)
}

func newInterp(stdout, stderr io.Writer, strict bool) *interp.Interp {
	in := interp.New(stdout, stderr)
	in.Strict = strict
	if f, ok := stdout.(*os.File); ok && readline.IsTerminal(int(f.Fd())) {
		if w := readline.GetScreenWidth(); w > 0 {
			in.Width = w
		}
	}
	return in
}

// runFile runs a script, or calls a function file with text arguments
// (as MATLAB's command syntax passes them).
func runFile(in *interp.Interp, path string, args []string) error {
	if len(args) == 0 {
		return in.RunFile(path)
	}
	vals := make([]value.Value, len(args))
	for i, a := range args {
		vals[i] = value.Str(a)
	}
	return in.CallFile(path, vals)
}

// finish flushes output, reports an uncaught error and picks the status.
func finish(in *interp.Interp, err error, stderr io.Writer) int {
	in.Flush()
	if err == nil {
		return 0
	}
	if e, ok := err.(*interp.ExitError); ok {
		return e.Code
	}
	fmt.Fprint(stderr, interp.Report(err))
	return 1
}

// catchInterrupts turns Ctrl-C into an interrupt of the running statement.
func catchInterrupts(in *interp.Interp) func() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				in.Interrupt()
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
