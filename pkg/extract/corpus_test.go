//go:build corpus

package extract

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestCorpus reads every shared sample document (real job descriptions and
// resumes, PDF and DOCX): none may panic, time out or fail with an error
// outside the known classes, and most must yield text.
func TestCorpus(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared", "data", "docs")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("shared corpus not available: %v", err)
	}
	counts := map[string]int{}
	var files, ok int
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files++
		src, err := ReadFile(path, DefaultLimits().MaxBytes)
		if err != nil {
			t.Errorf("ReadFile(%s): %v", path, err)
			return nil
		}
		doc, err := Extract(context.Background(), src, DefaultLimits())
		switch {
		case err == nil:
			ok++
			counts[string(doc.Format)]++
			if doc.Words < 20 {
				t.Errorf("%s: only %d words", path, doc.Words)
			}
		case errors.Is(err, ErrTimeout), classOf(err) == err:
			t.Errorf("%s: %v", path, err)
		default:
			counts["error: "+classOf(err).Error()]++
			t.Logf("%s: %v", path, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d files, %d extracted: %v", files, ok, counts)
	if ok*10 < files*9 {
		t.Errorf("only %d of %d files extracted", ok, files)
	}
}
