package weights

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Downloader fetches checkpoints over HTTP into a cache. A transfer that
// breaks off is resumed with a Range request (or restarted when the server
// ignores ranges); the partial file stays in the cache for the next try
// until the download completes or fails its checksum.
type Downloader struct {
	// BaseURL replaces DefaultBaseURL (a mirror; "" means the default).
	BaseURL string
	// ConnectTimeout bounds connecting and the TLS handshake (0: 10 s);
	// ReadTimeout bounds waiting for the response and each read of the
	// body (0: 30 s).
	ConnectTimeout, ReadTimeout time.Duration
	// Attempts is how many times a broken transfer is resumed (0: 3).
	Attempts int
	// Progress, when not nil, receives a progress bar redrawn with '\r'
	// (bytes, rate, ETA); leave it nil when stderr is not a terminal.
	Progress io.Writer
}

// Install downloads a model's published checkpoint into the cache and
// installs it like Cache.Install.
func (d Downloader) Install(ctx context.Context, c Cache, model string) (Manifest, error) {
	p, ok := Lookup(model)
	if !ok {
		return Manifest{}, fmt.Errorf("unknown model %q (use efficientnet-b0 … efficientnet-b7)", model)
	}
	if err := os.MkdirAll(c.Dir, 0o755); err != nil {
		return Manifest{}, err
	}
	partial := filepath.Join(c.Dir, ".partial-"+p.File)
	h, err := d.fetch(ctx, p.URL(d.BaseURL), partial)
	if err != nil {
		if st, serr := os.Stat(partial); serr == nil && st.Size() == 0 {
			os.Remove(partial)
		}
		return Manifest{}, err
	}
	return c.commit(model, partial, p.File, h, OriginPyTorch)
}

// fetch downloads url into path, resuming what path already holds, and
// returns the SHA-256 state of the whole file.
func (d Downloader) fetch(ctx context.Context, url, path string) (hash.Hash, error) {
	attempts := d.Attempts
	if attempts <= 0 {
		attempts = 3
	}
	client := d.client()
	var err error
	for try := 0; try < attempts; try++ {
		var h hash.Hash
		var retry bool
		h, retry, err = d.attempt(ctx, client, url, path)
		if err == nil {
			return h, nil
		}
		if !retry || ctx.Err() != nil {
			break
		}
	}
	return nil, fmt.Errorf("downloading %s: %w", url, err)
}

// client makes an HTTP client with the connect and header timeouts.
func (d Downloader) client() *http.Client {
	connect := orDefault(d.ConnectTimeout, 10*time.Second)
	t := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: connect}).DialContext,
		TLSHandshakeTimeout:   connect,
		ResponseHeaderTimeout: orDefault(d.ReadTimeout, 30*time.Second),
	}
	return &http.Client{Transport: t}
}

func orDefault(v, def time.Duration) time.Duration {
	if v <= 0 {
		return def
	}
	return v
}

// attempt makes one request, resuming from path's current size, and
// appends the body. retry reports whether another attempt may help.
func (d Downloader) attempt(ctx context.Context, client *http.Client, url, path string) (h hash.Hash, retry bool, err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	h = sha256.New()
	have, err := io.Copy(h, f)
	if err != nil {
		return nil, false, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, false, err
	}
	if have > 0 {
		req.Header.Set("Range", fmt.Sprintf("bytes=%d-", have))
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, true, err
	}
	defer resp.Body.Close()
	total := resp.ContentLength
	switch {
	case resp.StatusCode == http.StatusPartialContent && have > 0 && strings.HasPrefix(resp.Header.Get("Content-Range"), fmt.Sprintf("bytes %d-", have)):
		if total >= 0 {
			total += have
		}
	case resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusRequestedRangeNotSatisfiable:
		// The server ignores ranges (or the partial file is stale):
		// start again from the beginning.
		if err := f.Truncate(0); err != nil {
			return nil, false, err
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, false, err
		}
		have, h = 0, sha256.New()
		if resp.StatusCode != http.StatusOK {
			return nil, true, errors.New(resp.Status)
		}
	default:
		return nil, false, errors.New(resp.Status)
	}
	body := &timeoutReader{r: resp.Body, timeout: orDefault(d.ReadTimeout, 30*time.Second), cancel: cancel}
	bar := newProgress(d.Progress, have, total)
	_, err = io.Copy(io.MultiWriter(f, h, bar), body)
	bar.done()
	if err != nil {
		if body.expired.Load() {
			err = fmt.Errorf("no data for %v", body.timeout)
		}
		return nil, true, err
	}
	if st, err := f.Stat(); err == nil && total >= 0 && st.Size() != total {
		return nil, true, fmt.Errorf("transfer ended after %d of %d bytes", st.Size(), total)
	}
	return h, false, nil
}

// timeoutReader cancels the request when a read waits longer than timeout.
type timeoutReader struct {
	r       io.Reader
	timeout time.Duration
	cancel  func()
	expired atomic.Bool
}

func (t *timeoutReader) Read(p []byte) (int, error) {
	timer := time.AfterFunc(t.timeout, func() { t.expired.Store(true); t.cancel() })
	n, err := t.r.Read(p)
	timer.Stop()
	return n, err
}

// progress draws "  12.3 MB / 21.4 MB  57%  3.2 MB/s  ETA 3s".
type progress struct {
	w           io.Writer
	start, last time.Time
	base, n     int64 // bytes present before this transfer, and in all
	total       int64
}

func newProgress(w io.Writer, have, total int64) *progress {
	now := time.Now()
	return &progress{w: w, start: now, base: have, n: have, total: total}
}

// Write counts bytes and redraws at most five times a second.
func (p *progress) Write(b []byte) (int, error) {
	p.n += int64(len(b))
	if p.w != nil && time.Since(p.last) >= 200*time.Millisecond {
		p.draw()
	}
	return len(b), nil
}

func (p *progress) draw() {
	p.last = time.Now()
	el := time.Since(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(p.n-p.base) / el
	}
	line := "  " + mb(p.n)
	if p.total > 0 {
		line += fmt.Sprintf(" / %s  %3d%%", mb(p.total), 100*p.n/p.total)
	}
	line += fmt.Sprintf("  %s/s", mb(int64(rate)))
	if p.total > 0 && rate > 0 {
		line += "  ETA " + (time.Duration(float64(p.total-p.n)/rate) * time.Second).Round(time.Second).String()
	}
	fmt.Fprintf(p.w, "\r%-60s", line)
}

// done draws the final state and ends the line.
func (p *progress) done() {
	if p.w != nil {
		p.draw()
		fmt.Fprintln(p.w)
	}
}

// mb formats a byte count in megabytes.
func mb(n int64) string { return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + " MB" }

// TerminalWriter returns w when it is a terminal (a character device) and
// nil otherwise, for Downloader.Progress: the bar is drawn on terminals
// only.
func TerminalWriter(w io.Writer) io.Writer {
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			return w
		}
	}
	return nil
}
