package weights

import "os"

// Environment variables: GOMAT_HOME (the cache is $GOMAT_HOME/weights),
// GOMAT_OFFLINE (non-empty: never download), GOMAT_WEIGHTS_URL (a mirror
// replacing DefaultBaseURL).

// DefaultCache returns the cache the interpreter uses (DefaultDir); ok is
// false when no cache folder can be determined.
func DefaultCache() (c Cache, ok bool) {
	d, err := DefaultDir()
	return Cache{Dir: d}, err == nil
}

// DefaultDownloader returns the downloader the interpreter uses on first
// use of a model; ok is false when downloads are off (GOMAT_OFFLINE set).
func DefaultDownloader() (d Downloader, ok bool) {
	if os.Getenv("GOMAT_OFFLINE") != "" {
		return Downloader{}, false
	}
	return Downloader{BaseURL: os.Getenv("GOMAT_WEIGHTS_URL")}, true
}
