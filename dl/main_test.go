package dl

import (
	"os"
	"testing"

	"gomat/engine/weights/weightstest"
)

// TestMain keeps the tests away from the network and the user's weights
// cache.
func TestMain(m *testing.M) { os.Exit(weightstest.Isolated(m)) }
