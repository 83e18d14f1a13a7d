package dl

import (
	"gomat/builtins"
	"gomat/engine"
	"gomat/lang/interp"
)

// streamOf returns the session's global random stream (the one rand and
// rng use), from which weights are initialised and data shuffled, so that
// rng(seed) makes training reproducible.
func streamOf(in *interp.Interp) engine.RandSource { return builtins.RandStream(in) }
