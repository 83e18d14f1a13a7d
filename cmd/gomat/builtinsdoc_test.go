package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gomat/lang/interp"
)

var updateDocs = flag.Bool("update-docs", false, "rewrite docs/builtins.md from the registration tables")

// builtinsMarkdown renders every registered built-in with the forms its
// registration documents.
func builtinsMarkdown() string {
	var b strings.Builder
	b.WriteString("# Built-in functions\n\n")
	b.WriteString("Generated from the registration tables by `go test ./cmd/gomat -run TestBuiltinsDoc -update-docs`;\n")
	b.WriteString("a test fails when this file and the tables disagree.\n\n")
	b.WriteString("| function | supported forms |\n|---|---|\n")
	for _, bi := range interp.Builtins() {
		doc := strings.ReplaceAll(bi.Doc, "|", "\\|")
		if doc == "" {
			doc = "—"
		}
		b.WriteString("| `" + bi.Name + "` | " + doc + " |\n")
	}
	b.WriteString("\n## Methods of object classes\n\n")
	b.WriteString("Called as `obj.name(args)` or `name(obj, args)`; they take precedence over\n")
	b.WriteString("functions of the same name when an argument is of that class.\n\n")
	b.WriteString("| class | method | supported forms |\n|---|---|---|\n")
	for _, cl := range interp.ClassMethods() {
		for _, m := range cl.Methods {
			doc := strings.ReplaceAll(m.Doc, "|", "\\|")
			if doc == "" {
				doc = "—"
			}
			b.WriteString("| " + cl.Class + " | `" + m.Name + "` | " + doc + " |\n")
		}
	}
	return b.String()
}

// TestBuiltinsDoc checks that docs/builtins.md lists exactly the registered
// built-ins, and that every built-in documents its forms.
func TestBuiltinsDoc(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "builtins.md")
	want := builtinsMarkdown()
	if *updateDocs {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Error("docs/builtins.md is out of date: run go test ./cmd/gomat -run TestBuiltinsDoc -update-docs")
	}
	for _, bi := range interp.Builtins() {
		if bi.Doc == "" {
			t.Errorf("built-in %s has no Doc string", bi.Name)
		}
	}
}
