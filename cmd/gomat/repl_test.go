package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// buildGomat compiles the command once for tests that drive it as a process.
var buildGomat = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "gomat-test")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "gomat")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", &buildError{out: string(out), err: err}
	}
	return bin, nil
})

type buildError struct {
	out string
	err error
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.out }

// terminal is the REPL running on a pseudo-terminal.
type terminal struct {
	t   *testing.T
	pty *os.File
	cmd *exec.Cmd
	mu  sync.Mutex
	buf bytes.Buffer
}

func startREPL(t *testing.T) *terminal {
	t.Helper()
	bin, err := buildGomat()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "HOME="+cmd.Dir, "XDG_CACHE_HOME="+cmd.Dir, "TERM=xterm")
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 100})
	if err != nil {
		t.Fatal(err)
	}
	term := &terminal{t: t, pty: f, cmd: cmd}
	go func() {
		b := make([]byte, 4096)
		for {
			n, err := f.Read(b)
			term.mu.Lock()
			term.buf.Write(b[:n])
			term.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		f.Close()
	})
	return term
}

// expect waits until the output contains s (after everything seen so far).
func (term *terminal) expect(s string) {
	term.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		term.mu.Lock()
		out := term.buf.String()
		if i := strings.Index(out, s); i >= 0 {
			term.buf.Next(i + len(s))
			term.mu.Unlock()
			return
		}
		term.mu.Unlock()
		time.Sleep(20 * time.Millisecond)
	}
	term.mu.Lock()
	defer term.mu.Unlock()
	term.t.Fatalf("timed out waiting for %q; output so far:\n%s", s, term.buf.String())
}

func (term *terminal) send(s string) {
	term.t.Helper()
	if _, err := io.WriteString(term.pty, s); err != nil {
		term.t.Fatal(err)
	}
}

// TestREPL drives the prompt through a pseudo-terminal: statements, a
// multi-line block, tab completion, Ctrl-C of a running loop with the
// workspace kept, errors, and leaving with exit.
func TestREPL(t *testing.T) {
	term := startREPL(t)
	term.expect(">> ")
	term.send("x = 6 * 7\r")
	term.expect("42")
	term.expect(">> ")
	term.send("for k = 1:3\r")
	term.send("  fprintf('k=%d\\n', k);\r")
	term.send("end\r")
	term.expect("k=3")
	term.expect(">> ")
	term.send("myLongVariable = 5;\r")
	term.expect(">> ")
	term.send("myLongV\t\r")
	term.expect("myLongVariable =")
	term.expect(">> ")
	term.send("while true, x = x + 1; end\r")
	time.Sleep(300 * time.Millisecond)
	if err := term.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	term.expect("Operation terminated by user.")
	term.expect(">> ")
	term.send("disp(x > 42)\r")
	term.expect("1")
	term.expect(">> ")
	term.send("undefinedThing\r")
	term.expect("Unrecognized function or variable 'undefinedThing'.")
	term.expect(">> ")
	term.send("exit\r")
	done := make(chan error, 1)
	go func() { done <- term.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit status: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("REPL did not exit")
	}
}
