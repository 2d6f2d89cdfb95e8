package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindPDFs(t *testing.T) {
	data := t.TempDir()
	for _, f := range []string{
		"pdf/templates/b.pdf",
		"pdf/templates/a.PDF",
		"pdf/templates/notes.txt",
		"pdf/kaggle-sample/HR/1.pdf",
		"docs/resume-matcher/x/y.pdf",
		"docs/resume-matcher/x/y.docx",
		"esco-skills/skills.pdf", // outside pdf/ and docs/: not a corpus here
	} {
		path := filepath.Join(data, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("%PDF-1.4\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	got, err := findPDFs(data)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"docs/resume-matcher/x/y.pdf",
		"pdf/kaggle-sample/HR/1.pdf",
		"pdf/templates/a.PDF",
		"pdf/templates/b.pdf",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findPDFs mismatch (-want +got):\n%s", diff)
	}
}

func TestFindPDFsMissingDirs(t *testing.T) {
	got, err := findPDFs(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 {
		t.Errorf("findPDFs(empty) = %q, want none", got)
	}
}
