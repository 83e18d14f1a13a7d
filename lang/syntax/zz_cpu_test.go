package syntax

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCPU(t *testing.T) {
	src, _ := os.ReadFile("/tmp/all.m")
	start := cpuTime()
	for i := 0; i < 200; i++ {
		ParseFile("t.m", src)
	}
	t.Logf("126-line file: %v CPU per parse", (cpuTime()-start)/200)
	big := []byte(strings.Repeat("y = x .* x + 2 * x - sqrt(x) ./ (1 + x);\n", 1000))
	start = cpuTime()
	for i := 0; i < 5; i++ {
		ParseFile("t.m", big)
	}
	t.Logf("1000 dense lines: %v CPU per parse", (cpuTime()-start)/5)
	start = cpuTime()
	for i := 0; i < 1000; i++ {
		ParseREPL([]byte("1+1"))
	}
	t.Logf("1+1: %v CPU per parse", (cpuTime()-start)/1000)
}
