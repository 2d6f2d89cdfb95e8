package extract

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestKindAndHint(t *testing.T) {
	tests := []struct {
		err        error
		kind, hint string
	}{
		{&FileError{Name: "x", Err: ErrEmpty}, "empty", ""},
		{&FileError{Name: "x", Err: ErrNotFound}, "not-found", "check the path"},
		{&FileError{Name: "x", Err: fmt.Errorf("%w: 9 bytes", ErrTooLarge)}, "too-large", ""},
		{fmt.Errorf("resume: %w", &FileError{Name: "x", Err: ErrNoTextLayer}), "no-text", "the PDF looks scanned; export it with selectable text or run OCR"},
		{&FileError{Name: "x", Err: ErrIsDir}, "io", "give a file, not a directory"},
		{&FileError{Name: "x", Err: ErrNotRegular}, "io", "give a regular file; to read a pipe, give - and send it to stdin"},
		{&FileError{Name: "x", Err: ErrTimeout}, "timeout", ""},
		// A caller's deadline is a timeout too, inside a FileError or not.
		{context.DeadlineExceeded, "timeout", ""},
		{&FileError{Name: "x", Err: context.DeadlineExceeded}, "timeout", ""},
		{errors.New("disk on fire"), "io", ""},
		{nil, "io", ""},
	}
	for _, tt := range tests {
		if got := Kind(tt.err); got != tt.kind {
			t.Errorf("Kind(%v) = %q, want %q", tt.err, got, tt.kind)
		}
		if got := Hint(tt.err); got != tt.hint {
			t.Errorf("Hint(%v) = %q, want %q", tt.err, got, tt.hint)
		}
	}
}

// Every error class has a kind: a new class added to extract.go without
// a row here would be reported as io.
func TestKindCoversEveryClass(t *testing.T) {
	classes := []error{ErrNotFound, ErrIsDir, ErrEmpty, ErrUnsupported, ErrEncrypted, ErrNoTextLayer,
		ErrTooLarge, ErrMalformed, ErrTimeout, ErrNotRegular}
	for _, c := range classes {
		if !slices.ContainsFunc(errorClasses, func(r errorClass) bool { return r.err == c }) {
			t.Errorf("%v has no row in errorClasses", c)
		}
	}
}

func TestExtensions(t *testing.T) {
	exts := Extensions()
	for _, e := range exts {
		if !strings.HasPrefix(e, ".") || strings.ToLower(e) != e {
			t.Errorf("extension %q: want lower case with a dot", e)
		}
	}
	// Each names a format extract reads, by the name or by the content.
	for _, name := range []string{"cv.txt", "cv.md", "cv.pdf", "cv.docx", "cv.odt", "cv.html"} {
		if !slices.Contains(exts, filepath.Ext(name)) {
			t.Errorf("Extensions() = %v, missing %s", exts, filepath.Ext(name))
		}
	}
	exts[0] = ".mutated"
	if Extensions()[0] == ".mutated" {
		t.Error("Extensions returns the package's own slice")
	}
}
