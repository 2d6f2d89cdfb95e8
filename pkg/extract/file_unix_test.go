//go:build unix

package extract

import (
	"context"
	"errors"
	"path/filepath"
	"syscall"
	"testing"
)

// mkfifo makes a FIFO in a temporary directory; no one ever writes to it,
// so opening or reading it the ordinary way blocks for ever.
func mkfifo(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	return p
}

// Pipes and devices are refused by name, with the name, and never read.
func TestReadFileNotRegular(t *testing.T) {
	for _, path := range []string{mkfifo(t), "/dev/null"} {
		_, err := ReadFile(path, 0)
		var fe *FileError
		if !errors.As(err, &fe) || fe.Name != path || !errors.Is(err, ErrNotRegular) {
			t.Errorf("ReadFile(%s) error = %v, want a *FileError naming it, wrapping ErrNotRegular", path, err)
		}
		if _, err := ReadFileContext(context.Background(), path, Limits{}); !errors.Is(err, ErrNotRegular) {
			t.Errorf("ReadFileContext(%s) error = %v, want ErrNotRegular", path, err)
		}
	}
}

// A regular file swapped for a FIFO after the check by name: the open does
// not wait for a writer, and the open file is refused.
func TestOpenCheckedFIFO(t *testing.T) {
	p := mkfifo(t)
	f, _, err := openChecked(p)
	if err == nil {
		f.Close()
	}
	if !errors.Is(err, ErrNotRegular) {
		t.Errorf("openChecked(FIFO) error = %v, want ErrNotRegular", err)
	}
}

// A run already stopped reads nothing.
func TestReadFileContextDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := ReadFileContext(ctx, mkfifo(t), Limits{})
	if !errors.Is(err, ErrTimeout) {
		t.Errorf("ReadFileContext(cancelled) error = %v, want ErrTimeout", err)
	}
}
