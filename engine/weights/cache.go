package weights

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gomat/engine"
	"gomat/engine/efficientnet"
)

// Cache is a folder of installed weights: <model>.pth or
// <model>.safetensors, each with a <model>.json manifest.
type Cache struct {
	Dir string
}

// DefaultDir is $GOMAT_HOME/weights, or gomat/weights under the user's
// cache folder (os.UserCacheDir) when GOMAT_HOME is not set.
func DefaultDir() (string, error) {
	if h := os.Getenv("GOMAT_HOME"); h != "" {
		return filepath.Join(h, "weights"), nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache folder for weights (set GOMAT_HOME): %v", err)
	}
	return filepath.Join(d, "gomat", "weights"), nil
}

// Manifest records where installed weights came from.
type Manifest struct {
	Model  string `json:"model"`
	Source string `json:"source"` // the file name it was installed from
	SHA256 string `json:"sha256"`
	Format string `json:"format"`
	Naming string `json:"naming"`
	Origin string `json:"origin"` // "pytorch" or "tf"
	Size   int64  `json:"size"`
	Time   string `json:"installed"`
}

// Installed returns the weights file and manifest of a model, ok false
// when it is not installed.
func (c Cache) Installed(model string) (path string, m Manifest, ok bool) {
	b, err := os.ReadFile(filepath.Join(c.Dir, model+".json"))
	if err != nil || json.Unmarshal(b, &m) != nil {
		return "", m, false
	}
	for _, ext := range []string{".pth", ".safetensors"} {
		p := filepath.Join(c.Dir, model+ext)
		if _, err := os.Stat(p); err == nil {
			return p, m, true
		}
	}
	return "", m, false
}

// PaddingOrigin returns the manifest's origin as an Origin (PyTorch when
// the manifest does not say).
func (m Manifest) PaddingOrigin() Origin {
	o, err := ParseOrigin(m.Origin)
	if err != nil || o == OriginAuto {
		return OriginPyTorch
	}
	return o
}

// Load builds a model's EfficientNet from its installed weights.
func (c Cache) Load(model string) (*engine.Network, efficientnet.Config, error) {
	path, m, ok := c.Installed(model)
	if !ok {
		return nil, efficientnet.Config{}, fmt.Errorf("no weights for %s are installed in %s", model, c.Dir)
	}
	cfg, err := modelConfig(model)
	if err != nil {
		return nil, cfg, err
	}
	return Load(path, cfg, m.PaddingOrigin())
}

// modelConfig is the engine configuration of "efficientnet-b<b>".
func modelConfig(model string) (efficientnet.Config, error) {
	b, err := ModelVariant(model)
	if err != nil {
		return efficientnet.Config{}, err
	}
	return efficientnet.Variant(b)
}

// Install copies a weights file the user brought into the cache as model:
// for a torchvision file name it checks the SHA-256 prefix the name
// carries, and it loads the file into the model's network to check every
// tensor before renaming the copy into place. origin OriginAuto takes the
// origin from the file name (DetectOrigin).
func (c Cache) Install(model, from string, origin Origin) (Manifest, error) {
	src, err := os.Open(from)
	if err != nil {
		return Manifest{}, err
	}
	defer src.Close()
	tmp, err := c.temp(model)
	if err != nil {
		return Manifest{}, err
	}
	defer os.Remove(tmp.Name())
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(tmp, h), src); err != nil {
		tmp.Close()
		return Manifest{}, fmt.Errorf("copying %s: %v", from, err)
	}
	if err := tmp.Close(); err != nil {
		return Manifest{}, err
	}
	if origin == OriginAuto {
		origin = DetectOrigin(from)
	}
	return c.commit(model, tmp.Name(), filepath.Base(from), h, origin)
}

// temp creates a temporary file in the cache folder.
func (c Cache) temp(model string) (*os.File, error) {
	if err := os.MkdirAll(c.Dir, 0o755); err != nil {
		return nil, err
	}
	return os.CreateTemp(c.Dir, ".tmp-"+model+"-*")
}

// commit verifies a complete temporary file (checksum for torchvision
// names, full load into the model's network) and renames it into place
// with its manifest. The temporary file is removed on failure.
func (c Cache) commit(model, tmp, source string, h hash.Hash, origin Origin) (Manifest, error) {
	sum := hex.EncodeToString(h.Sum(nil))
	if _, prefix, ok := KnownFile(source); ok && !strings.HasPrefix(sum, prefix) {
		os.Remove(tmp)
		return Manifest{}, fmt.Errorf("checksum mismatch: %s has SHA-256 %s…, but its name promises %s…; the copy was deleted", source, sum[:12], prefix)
	}
	cfg, err := modelConfig(model)
	if err != nil {
		os.Remove(tmp)
		return Manifest{}, err
	}
	if m, _, ok := KnownFile(source); ok && m != model {
		os.Remove(tmp)
		return Manifest{}, fmt.Errorf("%s holds %s weights, not %s", source, m, model)
	}
	ck, err := Read(tmp)
	if err == nil {
		if ck.Format == Engine {
			_, _, err = loadEngine(tmp, ck, cfg)
		} else {
			_, _, err = Apply(ck, cfg, origin)
		}
	}
	if err != nil {
		os.Remove(tmp)
		return Manifest{}, fmt.Errorf("%s does not hold %s weights: %v", source, model, err)
	}
	naming, _ := detectNaming(ck)
	ext := ".safetensors"
	if ck.Format == Pth {
		ext = ".pth"
	}
	st, err := os.Stat(tmp)
	if err != nil {
		return Manifest{}, err
	}
	m := Manifest{Model: model, Source: source, SHA256: sum, Format: ck.Format.String(), Naming: naming.String(),
		Origin: origin.String(), Size: st.Size(), Time: time.Now().UTC().Format(time.RFC3339)}
	for _, old := range []string{".pth", ".safetensors"} {
		os.Remove(filepath.Join(c.Dir, model+old))
	}
	if err := os.Rename(tmp, filepath.Join(c.Dir, model+ext)); err != nil {
		return Manifest{}, err
	}
	return m, c.writeManifest(m)
}

// writeManifest writes <model>.json atomically.
func (c Cache) writeManifest(m Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	f, err := c.temp(m.Model)
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), filepath.Join(c.Dir, m.Model+".json"))
}
