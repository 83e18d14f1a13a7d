package dl

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"gomat/lang/display"
)

// propWidth is the width of the longest ImageDatastore property name
// ("AlternateFileSystemRoots"): names are right-aligned to it after four
// spaces, and multi-line values are indented to the column after ": ".
const propWidth = 24

// shownFiles is how many entries of a long file list the display shows
// before "... and N more".
const shownFiles = 3

// DisplayBody writes MATLAB's display of an ImageDatastore: file and folder
// lists one per line (long paths shortened to " .../tail" to fit the
// window), at most three entries followed by "... and N more".
func (d *ImageDatastore) DisplayBody(w io.Writer, name string, f display.Format, width int) {
	var b strings.Builder
	b.WriteString("  ImageDatastore with properties:\n")
	if !f.Compact {
		b.WriteString("\n")
	}
	prop := func(n, v string) { fmt.Fprintf(&b, "    %*s: %s\n", propWidth, n, v) }
	writePathList(&b, "Files", d.files, width)
	writePathList(&b, "Folders", d.folders, width)
	prop("Labels", d.labelSummary())
	prop("AlternateFileSystemRoots", "{}")
	prop("ReadSize", strconv.Itoa(d.readSize))
	prop("SupportedOutputFormats", `["`+strings.Join(supportedOutputFormats, `"    "`)+`"]`)
	prop("DefaultOutputFormat", `"png"`)
	rf, _ := d.GetProperty("ReadFcn")
	prop("ReadFcn", display.Summary(rf, f))
	io.WriteString(w, b.String())
}

// writePathList writes a Files or Folders property: "{}" when empty,
// otherwise "{", up to three quoted paths and "}" on lines of their own.
func writePathList(b *strings.Builder, name string, paths []string, width int) {
	if len(paths) == 0 {
		fmt.Fprintf(b, "    %*s: {}\n", propWidth, name)
		return
	}
	fmt.Fprintf(b, "    %*s: {\n", propWidth, name)
	indent := strings.Repeat(" ", propWidth+6)
	n := min(len(paths), shownFiles)
	for i := 0; i < n; i++ {
		sep := ";"
		if i == n-1 {
			sep = ""
		}
		b.WriteString(indent + "'" + shortenPath(paths[i], width-len(indent)-3) + "'" + sep + "\n")
	}
	if len(paths) > n {
		fmt.Fprintf(b, "%s ... and %d more\n", indent, len(paths)-n)
	}
	b.WriteString(indent + "}\n")
}

// shortenPath fits a path into room columns as MATLAB's datastore display
// does: " ..." followed by as many trailing path components as fit (at
// least the file name).
func shortenPath(p string, room int) string {
	if len(p) <= room {
		return p
	}
	best := p[strings.LastIndexAny(p, `/\`):]
	for i := len(p) - 1; i > 0; i-- {
		if (p[i] == '/' || p[i] == '\\') && len(p)-i+4 <= room {
			best = p[i:]
		}
	}
	return " ..." + best
}

// labelSummary is the Labels line: "{}" without labels, the labels in
// brackets when there are at most three, else the first three and
// "... and N more categorical".
func (d *ImageDatastore) labelSummary() string {
	if !d.labels.labeled() {
		return "{}"
	}
	codes := d.labels.codes
	n := min(len(codes), shownFiles)
	names := make([]string, n)
	for i := range names {
		names[i] = "<undefined>"
		if c := codes[i]; c > 0 {
			names[i] = d.labels.cats[c-1]
		}
	}
	s := "[" + strings.Join(names, "; ")
	if len(codes) > n {
		s += fmt.Sprintf(" ... and %d more categorical", len(codes)-n)
	}
	return s + "]"
}

// writeProps writes an object display: "  header with properties:", a
// blank line (format loose), and "name: text" lines with the names
// right-aligned to the longest, as MATLAB's default object display does.
func writeProps(w io.Writer, header string, names, texts []string, f display.Format) {
	var b strings.Builder
	b.WriteString("  " + header + " with properties:\n")
	if !f.Compact {
		b.WriteString("\n")
	}
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	for i, n := range names {
		fmt.Fprintf(&b, "    %*s: %s\n", width, n, texts[i])
	}
	io.WriteString(w, b.String())
}
