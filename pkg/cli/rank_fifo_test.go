//go:build unix

package cli

import (
	"path/filepath"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A FIFO in a directory is listed, so that reading refuses it in an error
// row that names it, rather than skipped without a word.
func TestExpandPathsKeepsFIFO(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": "x"})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	var got []string
	paths, _ := expandPaths([]string{dir}, nil, false)
	for _, p := range paths {
		got = append(got, filepath.Base(p.path))
	}
	if diff := cmp.Diff([]string{"a.txt", "pipe.txt"}, got); diff != "" {
		t.Errorf("expandPaths mismatch (-want +got):\n%s", diff)
	}
}
