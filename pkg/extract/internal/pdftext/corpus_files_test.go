package pdftext

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir is /work/shared seen from this package (repo root is 4 levels up).
var sharedDir = filepath.Join("..", "..", "..", "..", "..", "shared", "data")

type corpusFile struct{ corpus, path string }

func corpusFilesB(t testing.TB) []corpusFile {
	var out []corpusFile
	for _, top := range []string{"pdf", "docs"} {
		root := filepath.Join(sharedDir, top)
		if _, err := os.Stat(root); err != nil {
			continue
		}
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.EqualFold(filepath.Ext(p), ".pdf") {
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			out = append(out, corpusFile{top + "/" + strings.SplitN(filepath.ToSlash(rel), "/", 2)[0], p})
			return nil
		})
	}
	if len(out) == 0 {
		t.Skip("shared PDF corpus not present")
	}
	return out
}
