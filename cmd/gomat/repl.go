package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chzyer/readline"

	"gomat/lang/interp"
	"gomat/lang/syntax"
)

// historyFile is where the prompt keeps its history between sessions.
func historyFile() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	dir = filepath.Join(dir, "gomat")
	if os.MkdirAll(dir, 0o755) != nil {
		return ""
	}
	return filepath.Join(dir, "history")
}

// repl runs the interactive prompt until Ctrl-D, exit or quit.
func repl(in *interp.Interp, stdout, stderr io.Writer) int {
	rl, err := readline.NewEx(&readline.Config{
		Prompt:            ">> ",
		HistoryFile:       historyFile(),
		AutoComplete:      &completer{in: in},
		InterruptPrompt:   "^C",
		EOFPrompt:         "",
		HistorySearchFold: true,
		Stdout:            stdout,
		Stderr:            stderr,
	})
	if err != nil {
		fmt.Fprintf(stderr, "gomat: %v\n", err)
		return 1
	}
	defer rl.Close()
	stop := catchInterrupts(in)
	defer stop()
	var buf strings.Builder
	for {
		if buf.Len() == 0 {
			rl.SetPrompt(">> ")
		} else {
			rl.SetPrompt("")
		}
		line, err := rl.Readline()
		if errors.Is(err, readline.ErrInterrupt) {
			buf.Reset()
			continue
		}
		if err != nil {
			return 0
		}
		buf.WriteString(line)
		buf.WriteString("\n")
		src := buf.String()
		if syntax.Incomplete([]byte(src)) {
			continue
		}
		buf.Reset()
		if strings.TrimSpace(src) == "" {
			continue
		}
		in.ClearInterrupt()
		in.Invalidate()
		err = in.RunString("", src)
		in.Flush()
		if err != nil {
			var exit *interp.ExitError
			if errors.As(err, &exit) {
				return exit.Code
			}
			fmt.Fprint(stderr, interp.Report(err))
		}
	}
}

// completer completes variable, function and file names at the cursor.
type completer struct{ in *interp.Interp }

// Do implements readline.AutoCompleter.
func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	start := pos
	for start > 0 && isNameRune(line[start-1]) {
		start--
	}
	prefix := string(line[start:pos])
	seen := map[string]bool{}
	var cands []string
	add := func(s string) {
		if strings.HasPrefix(s, prefix) && !seen[s] {
			seen[s] = true
			cands = append(cands, s)
		}
	}
	for _, v := range c.in.VariableNames() {
		add(v)
	}
	for _, b := range interp.Builtins() {
		add(b.Name)
	}
	if ents, err := os.ReadDir("."); err == nil {
		for _, e := range ents {
			add(e.Name())
		}
	}
	sort.Strings(cands)
	out := make([][]rune, len(cands))
	for i, s := range cands {
		out[i] = []rune(s[len(prefix):])
	}
	return out, len([]rune(prefix))
}

func isNameRune(r rune) bool {
	return r == '_' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}
