package cli

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/google/go-cmp/cmp"
)

// waitFor fails the test when done does not deliver: the hang is the
// defect, and it must not stall the whole test binary.
func waitFor[T any](t *testing.T, done <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-done:
		return v
	case <-time.After(30 * time.Second):
		t.Fatalf("%s did not return", what)
		var zero T
		return zero
	}
}

// dirNames lists dir's entries, hidden ones (temporary files) included.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// TestRankInterruptStuckWorker: a worker stuck in a read that ignores its
// context (a FIFO, a stalled mount) must not keep an interrupted run from
// writing the rows the other workers finished.
func TestRankInterruptStuckWorker(t *testing.T) {
	isolate(t)
	dir := rankTree(t, 3)
	release := make(chan struct{})
	defer close(release)
	stuckReader := func(ctx context.Context, path string, lim extract.Limits) (extract.Source, error) {
		if filepath.Base(path) == "stuck.txt" {
			<-release // deaf to ctx, as a read in the kernel is
		}
		return extract.ReadFileContext(ctx, path, lim)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, out, errOut := TestStreams("")
	// The missing resume's warning is the interrupt: by then the three
	// others are done, and one worker is still stuck.
	s.Err = &cancelAfter{w: errOut, marker: "warning", n: 1, cancel: cancel}
	cvs := filepath.Join(dir, "cvs")
	paths := []string{filepath.Join(dir, "stuck.txt"), filepath.Join(cvs, "cv00.txt"), filepath.Join(cvs, "cv01.txt"),
		filepath.Join(cvs, "cv02.txt"), filepath.Join(cvs, "missing.txt")}
	opts := &RankOptions{Streams: s, Jobs: []string{filepath.Join(dir, "job.txt")}, Paths: paths,
		Format: "csv", Sort: "name", Workers: 2, ReadResume: stuckReader}
	done := make(chan error, 1)
	go func() { done <- runRank(ctx, opts) }()
	err := waitFor(t, done, "runRank with a stuck worker, interrupted,")
	if exitCode(err) != ExitInterrupted {
		t.Fatalf("runRank = %v (exit %d), want interrupted", err, exitCode(err))
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n")[1:] {
		f := strings.Split(line, ",")
		got = append(got, filepath.Base(f[1]))
	}
	want := []string{"cv00.txt", "cv01.txt", "cv02.txt", "missing.txt"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows written mismatch (-want +got):\n%s\n%s", diff, out.String())
	}
}

// TestRankInterruptKeepsReport: an interrupted run leaves the earlier
// report as it was and puts the finished rows in OUT.partial, marked.
func TestRankInterruptKeepsReport(t *testing.T) {
	isolate(t)
	dir := rankTree(t, 12)
	report := filepath.Join(dir, "report.json")
	const earlier = "the earlier, complete report\n"
	if err := os.WriteFile(report, []byte(earlier), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, _, errOut := TestStreams("")
	s.Err = &cancelAfter{w: errOut, marker: "warning", n: 1, cancel: cancel}
	cvs := filepath.Join(dir, "cvs")
	opts := &RankOptions{Streams: s, Jobs: []string{filepath.Join(dir, "job.txt")},
		Paths:  []string{filepath.Join(cvs, "cv00.txt"), filepath.Join(cvs, "missing.txt"), cvs},
		Format: "json", Sort: "name", Workers: 1, Output: report}
	err := runRank(ctx, opts)
	if exitCode(err) != ExitInterrupted || !strings.HasSuffix(err.Error(), "the rows so far were written to "+report+".partial") {
		t.Fatalf("runRank = %v (exit %d), want interrupted, naming the .partial file", err, exitCode(err))
	}
	if b, _ := os.ReadFile(report); string(b) != earlier {
		t.Errorf("the earlier report was changed to %q", b)
	}
	b, err := os.ReadFile(report + partialSuffix)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Complete *bool `json:"complete"`
		Rows     []struct {
			Resume string `json:"resume"`
		} `json:"rows"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("partial report is not JSON: %v\n%s", err, b)
	}
	if got.Complete == nil || *got.Complete || len(got.Rows) != 2 {
		t.Errorf("partial report: complete %v, %d rows; want false and the 2 finished rows:\n%s", got.Complete, len(got.Rows), b)
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"cvs", "job.txt", "report.json", "report.json.partial"}) {
		t.Errorf("files left in the directory: %q", names)
	}
}

// fullDisk accepts n bytes, then fails as a full disk does.
type fullDisk struct {
	w io.Writer
	n int
}

func (d *fullDisk) Write(p []byte) (int, error) {
	if len(p) > d.n {
		k, _ := d.w.Write(p[:d.n])
		d.n = 0
		return k, syscall.ENOSPC
	}
	d.n -= len(p)
	return d.w.Write(p)
}

// TestRankDiskFullKeepsReport: a write that fails half-way leaves the
// earlier report whole, no partial file and no temporary file, and exits
// 4 with one line naming the report, in every format.
func TestRankDiskFullKeepsReport(t *testing.T) {
	isolate(t)
	dir := rankTree(t, 3)
	defer func(f func(*os.File) io.Writer) { outputWriter = f }(outputWriter)
	outputWriter = func(f *os.File) io.Writer { return &fullDisk{w: f, n: 40} }
	for _, format := range []string{"table", "csv", "jsonl", "json", "markdown", "github", "html"} {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(dir, "ranked."+format)
			const earlier = "a good report\n"
			if err := os.WriteFile(out, []byte(earlier), 0o644); err != nil {
				t.Fatal(err)
			}
			s, stdout, errOut := TestStreams("")
			code := MainContext(context.Background(), []string{"rank", "--job", filepath.Join(dir, "job.txt"),
				"--format", format, "-o", out, filepath.Join(dir, "cvs")}, s)
			if code != ExitOutput {
				t.Errorf("exit code = %d, want %d (stderr %q)", code, ExitOutput, errOut.String())
			}
			first, _, _ := strings.Cut(errOut.String(), "\n")
			if want := "atsmatch: error: " + out + ": cannot write the report: no space left on device"; first != want {
				t.Errorf("stderr = %q, want first line %q", errOut.String(), want)
			}
			if b, _ := os.ReadFile(out); string(b) != earlier {
				t.Errorf("the earlier report was changed to %q", b)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout = %q, want nothing", stdout.String())
			}
			for _, n := range dirNames(t, dir) {
				if strings.HasPrefix(n, ".") || strings.HasSuffix(n, partialSuffix) {
					t.Errorf("left behind: %s", n)
				}
			}
		})
	}
}

// TestStdoutWriteFails: a report that cannot be written to stdout exits 4
// with its own message, not 3 ("input could not be read"), even from a
// command that ignores write errors.
func TestStdoutWriteFails(t *testing.T) {
	isolate(t)
	dir := rankTree(t, 1)
	job, cv := filepath.Join(dir, "job.txt"), filepath.Join(dir, "cvs", "cv00.txt")
	for _, args := range [][]string{
		{"match", "--job", job, cv},
		{"match", "--job", job, "--format", "json", cv},
		{"rank", "--job", job, cv},
		{"rank", "--job", job, "--format", "jsonl", cv},
		{"text", cv},
		{"--help"},
	} {
		s, _, errOut := TestStreams("")
		s.Out = &fullDisk{w: io.Discard, n: 10}
		code := MainContext(context.Background(), args, s)
		first, _, _ := strings.Cut(errOut.String(), "\n")
		if want := "atsmatch: error: stdout: cannot write the report: no space left on device"; code != ExitOutput || first != want {
			t.Errorf("%q with a full stdout = %d, stderr %q; want %d, %q", args, code, errOut.String(), ExitOutput, want)
		}
	}
}

// TestCreateOutputKeepsMode: the report replacing an earlier one keeps its
// permissions (a private report stays private); a symlink is replaced,
// not followed.
func TestCreateOutputKeepsMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "r.csv")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "target.csv")
	if err := os.WriteFile(target, []byte("kept"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.csv")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symlink: %v", err)
	}
	for _, name := range []string{p, link} {
		o, err := createOutput(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(o, "new"); err != nil {
			t.Fatal(err)
		}
		if dest, err := o.commit(true); err != nil || dest != name {
			t.Fatalf("commit = %q, %v; want %q", dest, err, name)
		}
	}
	if st, err := os.Lstat(p); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("mode after replace = %v, %v; want 0600", st.Mode(), err)
	}
	if b, _ := os.ReadFile(target); string(b) != "kept" {
		t.Errorf("the symlink's target was written: %q", b)
	}
	if b, _ := os.ReadFile(link); string(b) != "new" {
		t.Errorf("report at the symlink's place = %q, want new", b)
	}
}

// TestOutputErrorHidesTemp: the message names -o FILE, never the
// temporary file.
func TestOutputErrorHidesTemp(t *testing.T) {
	err := &outputError{name: "r.csv", err: &os.PathError{Op: "write", Path: ".r.csv.atsmatch-x.tmp", Err: syscall.ENOSPC}}
	if got, want := err.Error(), "r.csv: cannot write the report: no space left on device"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if exitCode(err) != ExitOutput || !errors.Is(err, syscall.ENOSPC) {
		t.Errorf("exitCode = %d, want %d, wrapping ENOSPC", exitCode(err), ExitOutput)
	}
}
