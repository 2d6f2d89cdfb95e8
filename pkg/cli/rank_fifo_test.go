//go:build linux || darwin

package cli

import (
	"path/filepath"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A FIFO in a directory would block the run forever if it were read.
func TestExpandPathsSkipsFIFO(t *testing.T) {
	dir := writeTree(t, map[string]string{"a.txt": "x"})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	var got []string
	for _, p := range expandPaths([]string{dir}) {
		got = append(got, filepath.Base(p.path))
	}
	if diff := cmp.Diff([]string{"a.txt"}, got); diff != "" {
		t.Errorf("expandPaths mismatch (-want +got):\n%s", diff)
	}
}
