package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// cancelAfter passes writes to w and calls cancel on the n-th write that
// contains marker: a Ctrl-C at a known point of a run.
type cancelAfter struct {
	mu     sync.Mutex
	w      io.Writer
	marker string
	n      int
	cancel context.CancelFunc
}

func (c *cancelAfter) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n, err := c.w.Write(p)
	if bytes.Contains(p, []byte(c.marker)) {
		if c.n--; c.n == 0 {
			c.cancel()
		}
	}
	return n, err
}

// rankTree writes a job and n resumes (cv00.txt ...) and returns the dir.
func rankTree(t *testing.T, n int) string {
	t.Helper()
	files := map[string]string{"job.txt": "Requirements\n- Python and SQL\n- Docker\n"}
	for i := range n {
		files[fmt.Sprintf("cvs/cv%02d.txt", i)] = "Skills: Python, SQL\n"
	}
	return writeTree(t, files)
}

// TestRankInterruptStreams cancels the context (what SIGINT does through
// Main) after the second jsonl row: the rows already written stay, no
// more follow, stderr says so in one line and the exit code is 130.
func TestRankInterruptStreams(t *testing.T) {
	isolate(t)
	dir := rankTree(t, 20)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, out, errOut := TestStreams("")
	s.Out = &cancelAfter{w: out, marker: "\n", n: 2, cancel: cancel}
	code := MainContext(ctx, []string{"rank", "--job", filepath.Join(dir, "job.txt"), "--format", "jsonl",
		"--workers", "1", filepath.Join(dir, "cvs")}, s)
	if code != ExitInterrupted {
		t.Errorf("exit code = %d, want %d (stderr %q)", code, ExitInterrupted, errOut.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "cv00.txt") || !strings.Contains(lines[1], "cv01.txt") {
		t.Errorf("stdout = %q, want the rows of cv00 and cv01 only", out.String())
	}
	want := "atsmatch: interrupted after 2 of 20 resumes; the rows so far were written\n"
	if diff := cmp.Diff(want, errOut.String()); diff != "" {
		t.Errorf("stderr mismatch (-want +got):\n%s", diff)
	}
}

// TestRankInterruptFlushes: a sorted format still writes the rows produced
// before the interrupt, with their summary, and 130 wins over the code an
// unreadable file would give.
func TestRankInterruptFlushes(t *testing.T) {
	isolate(t)
	dir := rankTree(t, 12)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, out, errOut := TestStreams("")
	// The third resume is missing: its warning line is the interrupt point.
	s.Err = &cancelAfter{w: errOut, marker: "warning", n: 1, cancel: cancel}
	paths := []string{filepath.Join(dir, "cvs", "cv00.txt"), filepath.Join(dir, "cvs", "cv01.txt"),
		filepath.Join(dir, "cvs", "missing.txt"), filepath.Join(dir, "cvs")}
	opts := &RankOptions{Streams: s, Jobs: []string{filepath.Join(dir, "job.txt")}, Paths: paths,
		Format: "csv", Sort: "name", Workers: 1}
	err := runRank(ctx, opts)
	var ie *interruptedError
	if !errors.As(err, &ie) || exitCode(err) != ExitInterrupted {
		t.Fatalf("runRank error = %v (exit %d), want interrupted (exit %d)", err, exitCode(err), ExitInterrupted)
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("runRank error %v does not wrap context.Canceled", err)
	}
	if got, want := err.Error(), "interrupted after 3 of 13 resumes; the rows so far were written"; got != want {
		t.Errorf("runRank error = %q, want %q", got, want)
	}
	csv := out.String()
	rows := strings.Count(csv, "\n") - 1 // header
	if rows != 3 || !strings.Contains(csv, "cv00.txt") || !strings.Contains(csv, "cv01.txt") || !strings.Contains(csv, "missing.txt") {
		t.Errorf("csv has %d rows, want the 3 produced before the interrupt:\n%s", rows, csv)
	}
	if strings.Contains(csv, "cv02.txt") {
		t.Errorf("csv has a row scored after the interrupt:\n%s", csv)
	}
}

// TestMainInterrupted: any command failing under a cancelled context exits
// 130 with a single stderr line, even with --format json.
func TestMainInterrupted(t *testing.T) {
	isolate(t)
	dir := rankTree(t, 1)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, args := range [][]string{
		{"match", "--job", filepath.Join(dir, "job.txt"), filepath.Join(dir, "cvs", "cv00.txt")},
		{"keywords", "-f", "json", filepath.Join(dir, "job.txt")},
	} {
		s, out, errOut := TestStreams("")
		code := MainContext(ctx, args, s)
		if code != ExitInterrupted || errOut.String() != "atsmatch: interrupted\n" || out.Len() != 0 {
			t.Errorf("MainContext(cancelled, %q) = %d, stdout %q, stderr %q; want %d, nothing, one line",
				args, code, out.String(), errOut.String(), ExitInterrupted)
		}
	}
	// A command that needs no context still completes.
	s, out, _ := TestStreams("")
	if code := MainContext(ctx, []string{"version"}, s); code != ExitOK || out.Len() == 0 {
		t.Errorf("MainContext(cancelled, version) = %d, stdout %q; want 0 and the version", code, out.String())
	}
}
