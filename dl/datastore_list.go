package dl

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gomat/lang/value"
)

// defaultImageExtensions are the extensions imageDatastore includes by
// default: those of the formats imread reads (imformats).
var defaultImageExtensions = []string{
	".bmp", ".cur", ".fts", ".fits", ".gif", ".hdf", ".ico", ".j2c", ".j2k", ".jp2",
	".jpf", ".jpx", ".jpg", ".jpeg", ".pbm", ".pcx", ".pgm", ".png", ".pnm", ".ppm",
	".ras", ".tif", ".tiff", ".xwd",
}

// fileListing is what a location resolves to: the files, sorted as MATLAB
// lists them, and the folders that were named or matched.
type fileListing struct {
	files   []string
	folders []string
}

// listImageFiles resolves the locations of imageDatastore: folders, files
// and wildcard patterns, relative to the current folder. Folders contribute
// their files with one of exts (case-insensitive), and those of their
// subfolders when recursive is set; a file named explicitly is kept
// whatever its extension, as MATLAB does.
func listImageFiles(locations, exts []string, recursive bool) (fileListing, error) {
	var out fileListing
	seen, seenDir := map[string]bool{}, map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out.files = append(out.files, p)
		}
	}
	addDir := func(d string) {
		if !seenDir[d] {
			seenDir[d] = true
			out.folders = append(out.folders, d)
		}
	}
	for _, loc := range locations {
		matches, err := expandLocation(loc)
		if err != nil {
			return out, err
		}
		for _, m := range matches {
			info, err := os.Stat(m)
			if err != nil {
				return out, notFoundError(loc)
			}
			if !info.IsDir() {
				if !strings.ContainsAny(loc, "*?") || hasExtension(m, exts) {
					add(m)
					addDir(filepath.Dir(m))
				}
				continue
			}
			addDir(m)
			files, err := folderFiles(m, exts, recursive)
			if err != nil {
				return out, err
			}
			for _, f := range files {
				add(f)
			}
		}
	}
	if len(out.files) == 0 {
		return out, value.Errorf("MATLAB:datastoreio:pathlookup:noFilesWithExtensions", "Input folders or files do not contain specified file extensions.")
	}
	sortFiles(out.files)
	return out, nil
}

// expandLocation turns one location into absolute paths, expanding
// wildcards.
func expandLocation(loc string) ([]string, error) {
	if loc == "" {
		return nil, notFoundError(loc)
	}
	abs, err := filepath.Abs(loc)
	if err != nil {
		return nil, notFoundError(loc)
	}
	if !strings.ContainsAny(loc, "*?") {
		if _, err := os.Stat(abs); err != nil {
			return nil, notFoundError(loc)
		}
		return []string{abs}, nil
	}
	matches, err := filepath.Glob(abs)
	if err != nil || len(matches) == 0 {
		return nil, notFoundError(loc)
	}
	return matches, nil
}

// notFoundError is MATLAB's error for a location that matches nothing.
func notFoundError(loc string) error {
	return value.Errorf("MATLAB:datastoreio:pathlookup:fileNotFound", "Cannot find files or folders matching: '%s'.", loc)
}

// folderFiles lists the files of dir with one of exts, descending into
// subfolders when recursive is set. Hidden entries (names starting with a
// dot) are skipped.
func folderFiles(dir string, exts []string, recursive bool) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, value.Errorf("MATLAB:datastoreio:pathlookup:fileNotFound", "Cannot find files or folders matching: '%s'.", dir)
	}
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			info, err := os.Stat(p)
			if err != nil {
				continue
			}
			isDir = info.IsDir()
		}
		switch {
		case isDir && recursive:
			sub, err := folderFiles(p, exts, true)
			if err != nil {
				return nil, err
			}
			out = append(out, sub...)
		case !isDir && hasExtension(p, exts):
			out = append(out, p)
		}
	}
	return out, nil
}

// hasExtension reports whether path ends in one of exts, ignoring case.
func hasExtension(path string, exts []string) bool {
	ext := filepath.Ext(path)
	for _, e := range exts {
		if strings.EqualFold(ext, e) {
			return true
		}
	}
	return false
}

// sortFiles orders paths as imageDatastore lists them: by folder, then by
// file name, comparing character codes.
func sortFiles(files []string) {
	sort.SliceStable(files, func(i, j int) bool {
		di, dj := filepath.Dir(files[i]), filepath.Dir(files[j])
		if di != dj {
			return di < dj
		}
		return filepath.Base(files[i]) < filepath.Base(files[j])
	})
}

// normalizeExtensions checks FileExtensions values and gives each a leading
// dot, as MATLAB requires ("Specify file extensions starting with '.'").
func normalizeExtensions(exts []string) ([]string, error) {
	out := make([]string, len(exts))
	for i, e := range exts {
		if !strings.HasPrefix(e, ".") || len(e) < 2 {
			return nil, value.Errorf("MATLAB:datastoreio:pathlookup:invalidFileExtensions", "FileExtensions must be a character vector, a cell array of character vectors, or a string array, each starting with '.'.")
		}
		out[i] = e
	}
	return out, nil
}
