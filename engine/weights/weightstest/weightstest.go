// Package weightstest keeps tests away from the network and from the
// user's weights cache.
package weightstest

import (
	"os"
	"testing"
)

// Isolated runs a package's tests with downloads off (GOMAT_OFFLINE) and
// GOMAT_HOME a fresh temporary folder, removed afterwards, and returns the
// exit code for os.Exit. Tests that exercise downloads turn them on
// against a local test server.
func Isolated(m *testing.M) int {
	home, err := os.MkdirTemp("", "gomat-home")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(home)
	os.Setenv("GOMAT_HOME", home)
	os.Setenv("GOMAT_OFFLINE", "1")
	return m.Run()
}
