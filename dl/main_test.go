package dl

import (
	"os"
	"testing"
)

// TestMain keeps the tests away from the network and from the user's
// weights cache: downloads are off and GOMAT_HOME is a fresh folder. Tests
// that exercise downloads turn them on against a local test server.
func TestMain(m *testing.M) {
	home, err := os.MkdirTemp("", "gomat-home")
	if err != nil {
		panic(err)
	}
	os.Setenv("GOMAT_HOME", home)
	os.Setenv("GOMAT_OFFLINE", "1")
	code := m.Run()
	os.RemoveAll(home)
	os.Exit(code)
}
