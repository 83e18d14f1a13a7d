package weights

import (
	"os"
	"testing"
)

// Environment variables: GOMAT_HOME (the cache is $GOMAT_HOME/weights),
// GOMAT_OFFLINE (non-empty: never download), GOMAT_WEIGHTS_URL (a mirror
// replacing DefaultBaseURL).

// DefaultCache returns the cache the interpreter uses (DefaultDir). In a
// test binary it is only $GOMAT_HOME/weights, and ok is false when
// GOMAT_HOME is unset, so that tests never see a user's installed weights.
func DefaultCache() (c Cache, ok bool) {
	if testing.Testing() && os.Getenv("GOMAT_HOME") == "" {
		return Cache{}, false
	}
	d, err := DefaultDir()
	return Cache{Dir: d}, err == nil
}

// DefaultDownloader returns the downloader the interpreter uses on first
// use of a model, ok false when downloads are off: GOMAT_OFFLINE is set,
// or (in a test binary) GOMAT_WEIGHTS_URL does not point at a test server.
func DefaultDownloader() (d Downloader, ok bool) {
	base := os.Getenv("GOMAT_WEIGHTS_URL")
	if os.Getenv("GOMAT_OFFLINE") != "" || testing.Testing() && base == "" {
		return Downloader{}, false
	}
	return Downloader{BaseURL: base}, true
}
