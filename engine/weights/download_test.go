package weights

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// payload is 1 MB of fixed random bytes.
func payload() []byte {
	b := make([]byte, 1<<20)
	rand.New(rand.NewSource(3)).Read(b)
	return b
}

func sum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// serve serves content with Range support, breaking off the first
// response halfway when cut is set.
func serve(t *testing.T, content []byte, cut bool, ranges *atomic.Int32) *httptest.Server {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Range") != "" {
			ranges.Add(1)
		}
		if cut && calls.Add(1) == 1 {
			w.Header().Set("Content-Length", "1048576")
			w.Write(content[:len(content)/2])
			panic(http.ErrAbortHandler)
		}
		http.ServeContent(w, r, "f", time.Time{}, bytes.NewReader(content))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFetchProgress(t *testing.T) {
	content := payload()
	var ranges atomic.Int32
	srv := serve(t, content, false, &ranges)
	var bar bytes.Buffer
	path := filepath.Join(t.TempDir(), "f")
	h, err := Downloader{Progress: &bar}.fetch(context.Background(), srv.URL+"/f", path)
	if err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != sum(content) {
		t.Errorf("hash %s, want %s", got, sum(content))
	}
	out := bar.String()
	for _, want := range []string{"\r  ", "1.0 MB / 1.0 MB  100%", "MB/s", "\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("progress %q lacks %q", out, want)
		}
	}
}

// TestFetchResume breaks the first transfer off halfway: the second
// attempt resumes with a Range request.
func TestFetchResume(t *testing.T) {
	content := payload()
	var ranges atomic.Int32
	srv := serve(t, content, true, &ranges)
	path := filepath.Join(t.TempDir(), "f")
	h, err := Downloader{}.fetch(context.Background(), srv.URL+"/f", path)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if !bytes.Equal(got, content) || hex.EncodeToString(h.Sum(nil)) != sum(content) {
		t.Fatal("resumed file differs")
	}
	if ranges.Load() != 1 {
		t.Errorf("%d range requests, want 1", ranges.Load())
	}
}

// TestFetchRestart starts from a stale partial file with a server that
// ignores ranges: the download starts over.
func TestFetchRestart(t *testing.T) {
	content := payload()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(content) }))
	defer srv.Close()
	path := filepath.Join(t.TempDir(), "f")
	os.WriteFile(path, []byte("stale bytes"), 0o644)
	if _, err := (Downloader{}).fetch(context.Background(), srv.URL+"/f", path); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, content) {
		t.Fatal("restarted file differs")
	}
}

// TestFetchTimeouts: a server that stalls before or during the body makes
// the download fail within the timeouts, never hang.
func TestFetchTimeouts(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/body" {
			w.Header().Set("Content-Length", "100")
			w.Write([]byte("partial"))
			w.(http.Flusher).Flush()
		}
		<-release
	}))
	defer srv.Close()
	defer close(release)
	d := Downloader{ReadTimeout: 100 * time.Millisecond, Attempts: 2}
	for _, p := range []string{"/header", "/body"} {
		start := time.Now()
		_, err := d.fetch(context.Background(), srv.URL+p, filepath.Join(t.TempDir(), "f"))
		if err == nil {
			t.Errorf("%s: no error", p)
		}
		if el := time.Since(start); el > 3*time.Second {
			t.Errorf("%s: took %v", p, el)
		}
	}
	// Nothing listens here: connecting fails at once.
	_, err := Downloader{ConnectTimeout: 200 * time.Millisecond, Attempts: 1}.fetch(context.Background(), "http://127.0.0.1:1/x", filepath.Join(t.TempDir(), "f"))
	if err == nil {
		t.Error("connecting to a closed port succeeded")
	}
}

// TestDownloadChecksum serves the wrong bytes under a torchvision name:
// the download is deleted and nothing is installed.
func TestDownloadChecksum(t *testing.T) {
	var ranges atomic.Int32
	srv := serve(t, payload(), false, &ranges)
	c := Cache{Dir: t.TempDir()}
	_, err := Downloader{BaseURL: srv.URL}.Install(context.Background(), c, "efficientnet-b0")
	if err == nil || !strings.Contains(err.Error(), "checksum mismatch: efficientnet_b0_rwightman-7f5810bc.pth") || !strings.Contains(err.Error(), "deleted") {
		t.Fatalf("error %v", err)
	}
	if left, _ := os.ReadDir(c.Dir); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}
