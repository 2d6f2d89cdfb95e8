package cli

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/atsmatch/atsmatch/pkg/render"
)

// fakeClock is a watchClock that moves only when told: After's channels
// fire when Advance passes their time. Each After is also signalled on
// afters, so a test knows the loop has seen an event.
type fakeClock struct {
	mu      sync.Mutex
	now     time.Time
	waiters []fakeWaiter
	calls   int
	afters  chan struct{}
}

type fakeWaiter struct {
	at time.Time
	ch chan time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC), afters: make(chan struct{}, 100)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	ch := make(chan time.Time, 1)
	c.waiters = append(c.waiters, fakeWaiter{c.now.Add(d), ch})
	c.calls++
	c.mu.Unlock()
	c.afters <- struct{}{}
	return ch
}

// Advance moves the clock by d and fires every channel now due.
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.waiters[:0]
	for _, w := range c.waiters {
		if w.at.After(c.now) {
			kept = append(kept, w)
			continue
		}
		w.ch <- c.now
	}
	c.waiters = kept
}

func (c *fakeClock) Calls() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls
}

// waitAfter waits until the loop has asked for the debounce once more.
func (c *fakeClock) waitAfter(t *testing.T) {
	t.Helper()
	select {
	case <-c.afters:
	case <-time.After(10 * time.Second):
		t.Fatal("the watch loop never started the debounce")
	}
}

// watchHarness runs a watch loop in the background and reports what it
// does on channels.
type watchHarness struct {
	t       *testing.T
	clock   *fakeClock
	out     *bytes.Buffer
	errOut  *bytes.Buffer
	drawn   chan int
	failed  chan error
	done    chan error
	cancel  context.CancelFunc
	dir     string
	job, cv string
}

const watchJob = `Platform Engineer

Requirements
- Go and Kubernetes in production
- Terraform
`

const (
	cvOld = "Jo Doe\n\nSkills\n- Go, Terraform\n"
	cvNew = "Jo Doe\n\nSkills\n- Go, Terraform, Kubernetes\n"
)

// newWatchHarness writes a job and a resume in a temp directory and
// returns a loop over them with a fake clock and hooks; start runs it.
func newWatchHarness(t *testing.T, format render.Format, tty bool) (*watchHarness, *MatchOptions, *watchLoop) {
	t.Helper()
	isolate(t)
	dir := t.TempDir()
	h := &watchHarness{t: t, clock: newFakeClock(), drawn: make(chan int, 10), failed: make(chan error, 10),
		done: make(chan error, 1), dir: dir, job: filepath.Join(dir, "job.txt"), cv: filepath.Join(dir, "cv.md")}
	writeFile(t, h.job, watchJob)
	writeFile(t, h.cv, cvOld)
	s, out, errOut := TestStreams("")
	s.OutTTY = tty
	h.out, h.errOut = out, errOut
	opts := &MatchOptions{Streams: s, Job: h.job, Resume: h.cv, Format: format}
	l := &watchLoop{clock: h.clock, debounce: watchDebounce,
		drawn: func(n int) { h.drawn <- n }, failed: func(err error) { h.failed <- err }}
	return h, opts, l
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// start runs f (the loop) until stop.
func (h *watchHarness) start(f func(ctx context.Context) error) {
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	go func() { h.done <- f(ctx) }()
	h.t.Cleanup(func() {
		cancel()
		<-h.done
	})
}

// stop interrupts the loop and returns its error.
func (h *watchHarness) stop() error {
	h.cancel()
	select {
	case err := <-h.done:
		h.done <- err // for Cleanup
		return err
	case <-time.After(10 * time.Second):
		h.t.Fatal("the watch loop did not stop when interrupted")
		return nil
	}
}

// waitDrawn waits for report n; what it wrote is read after this.
func (h *watchHarness) waitDrawn(n int) {
	h.t.Helper()
	select {
	case got := <-h.drawn:
		if got != n {
			h.t.Fatalf("drew report %d, want %d", got, n)
		}
	case err := <-h.done:
		h.t.Fatalf("the loop ended before report %d: %v\nstderr: %s", n, err, h.errOut.String())
	case <-time.After(10 * time.Second):
		h.t.Fatalf("no report %d", n)
	}
}

func (h *watchHarness) waitFailed() error {
	h.t.Helper()
	select {
	case err := <-h.failed:
		return err
	case <-time.After(10 * time.Second):
		h.t.Fatal("no failed re-score")
		return nil
	}
}

// noDraw checks that no report comes for a while: the debounce must not
// fire early. (It can only miss a wrong report, never invent one.)
func (h *watchHarness) noDraw() {
	h.t.Helper()
	select {
	case n := <-h.drawn:
		h.t.Fatalf("drew report %d before the debounce ended", n)
	case <-time.After(50 * time.Millisecond):
	}
}

// takeOut returns what was written since the last call.
func (h *watchHarness) takeOut() string {
	s := h.out.String()
	h.out.Reset()
	return s
}

// synthetic is a loop fed by a test's own events instead of fsnotify.
func synthetic(t *testing.T, h *watchHarness, opts *MatchOptions, l *watchLoop) (chan fsnotify.Event, chan error) {
	t.Helper()
	files, _, err := watchTargets(opts.Job, opts.Resume)
	if err != nil {
		t.Fatal(err)
	}
	events, errs := make(chan fsnotify.Event), make(chan error)
	l.out, l.errOut, l.tty, l.format = opts.Streams.Out, opts.Streams.Err, opts.Streams.OutTTY, opts.Format
	l.events, l.errs, l.files, l.names, l.score = events, errs, files, []string{opts.Job, opts.Resume}, matchScorer(opts)
	h.start(l.run)
	return events, errs
}

// TestWatchDebounce drives the loop with events and the fake clock: a
// burst of events is one re-score, 150 ms after the last; events on other
// files and mode changes are not saves; an unreadable save prints one line
// and the loop goes on; the delta is from the last good report.
func TestWatchDebounce(t *testing.T) {
	h, opts, l := newWatchHarness(t, render.Text, false)
	events, errs := synthetic(t, h, opts, l)

	h.waitDrawn(1)
	if out := h.takeOut(); !strings.HasPrefix(out, "ATS match: ") || strings.Contains(out, "-----") || strings.Contains(out, "Since the last save") {
		t.Fatalf("first report: want the report alone, got:\n%s", out)
	}

	// A save: three events within the debounce, and noise.
	writeFile(t, h.cv, cvNew)
	events <- fsnotify.Event{Name: h.cv, Op: fsnotify.Write}
	h.clock.waitAfter(t)
	h.clock.Advance(100 * time.Millisecond)
	events <- fsnotify.Event{Name: filepath.Join(h.dir, "other.md"), Op: fsnotify.Write}
	events <- fsnotify.Event{Name: h.cv, Op: fsnotify.Chmod}
	events <- fsnotify.Event{Name: h.cv, Op: fsnotify.Create}
	h.clock.waitAfter(t)
	h.clock.Advance(100 * time.Millisecond) // 200 ms after the first event, 100 after the last
	h.noDraw()
	h.clock.Advance(50 * time.Millisecond)
	h.waitDrawn(2)
	if got := h.clock.Calls(); got != 2 {
		t.Errorf("debounce started %d times, want 2 (noise must not restart it)", got)
	}
	out := h.takeOut()
	for _, want := range []string{"\n----- report 2: " + h.cv + " changed -----\n\n", "Since the last save: score ", "  + Kubernetes\n", "ATS match: "} {
		if !strings.Contains(out, want) {
			t.Errorf("report 2 lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "Since the last save") > strings.Index(out, "ATS match: ") {
		t.Errorf("the delta is not on top:\n%s", out)
	}

	// A save that removes the file: one error line, no report.
	if err := os.Remove(h.cv); err != nil {
		t.Fatal(err)
	}
	events <- fsnotify.Event{Name: h.cv, Op: fsnotify.Remove}
	h.clock.waitAfter(t)
	h.clock.Advance(watchDebounce)
	h.waitFailed()
	if got, want := h.errOut.String(), "atsmatch: error: "+h.cv+": no such file\n"; got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
	if out := h.takeOut(); out != "" {
		t.Errorf("a failed re-score wrote a report: %q", out)
	}

	// Back again: compared with report 2, the last good one.
	writeFile(t, h.cv, cvOld)
	events <- fsnotify.Event{Name: h.cv, Op: fsnotify.Create}
	h.clock.waitAfter(t)
	h.clock.Advance(watchDebounce)
	h.waitDrawn(3)
	if out := h.takeOut(); !strings.Contains(out, "----- report 3: ") || !strings.Contains(out, "  - Kubernetes\n") {
		t.Errorf("report 3 lacks the separator or the lost term:\n%s", out)
	}

	// A watcher error is reported and the loop goes on; lost events mean
	// a re-score, in case one was a save.
	h.errOut.Reset()
	errs <- errors.New("inotify: something odd")
	errs <- fsnotify.ErrEventOverflow
	h.clock.waitAfter(t)
	h.clock.Advance(watchDebounce)
	h.waitDrawn(4)
	if got := h.errOut.String(); got != "atsmatch: error: watching: inotify: something odd\n" {
		t.Errorf("stderr = %q", got)
	}
	if out := h.takeOut(); !strings.Contains(out, "Since the last save: no change (score ") {
		t.Errorf("report 4 should say nothing changed:\n%s", out)
	}

	if err := h.stop(); !errors.Is(err, context.Canceled) {
		t.Errorf("run after cancel = %v, want context.Canceled", err)
	}
}

// TestWatchTTY: on a terminal each report replaces the last (clear and
// home), with the delta on top and a footer with the time.
func TestWatchTTY(t *testing.T) {
	h, opts, l := newWatchHarness(t, render.Text, true)
	events, _ := synthetic(t, h, opts, l)
	h.waitDrawn(1)
	first := h.takeOut()
	footer := regexp.MustCompile(`\n\nWatching ` + regexp.QuoteMeta(h.job+" and "+h.cv) + `\. Report 1 at 09:30:00, score [0-9.]+\. Ctrl-C to stop\.\n$`)
	if !strings.HasPrefix(first, clearScreen+"ATS match: ") || !footer.MatchString(first) {
		t.Fatalf("first frame: want clear, report, footer %q; got:\n%q", footer, first)
	}
	writeFile(t, h.cv, cvNew)
	events <- fsnotify.Event{Name: h.cv, Op: fsnotify.Write}
	h.clock.waitAfter(t)
	h.clock.Advance(watchDebounce)
	h.waitDrawn(2)
	second := h.takeOut()
	if !strings.HasPrefix(second, clearScreen+"Since the last save: ") || strings.Contains(second, "-----") ||
		!regexp.MustCompile(`Report 2 at 09:30:00, score [0-9.]+ → [0-9.]+ \(\+[0-9.]+\)\. Ctrl-C to stop\.\n$`).MatchString(second) {
		t.Errorf("second frame: want clear, delta, report, footer; got:\n%q", second)
	}
}

// TestWatchJSON: JSON reports follow each other with nothing between, a
// stream a JSON reader takes one document at a time.
func TestWatchJSON(t *testing.T) {
	h, opts, l := newWatchHarness(t, render.JSON, false)
	events, _ := synthetic(t, h, opts, l)
	h.waitDrawn(1)
	writeFile(t, h.cv, cvNew)
	events <- fsnotify.Event{Name: h.cv, Op: fsnotify.Write}
	h.clock.waitAfter(t)
	h.clock.Advance(watchDebounce)
	h.waitDrawn(2)
	out := h.takeOut()
	if strings.Count(out, `"schema_version"`) != 2 || !strings.HasPrefix(out, "{") || strings.Contains(out, "-----") || strings.Contains(out, "Since") {
		t.Errorf("want two bare JSON documents, got:\n%s", out)
	}
}

// TestWatchFiles runs the loop on real file events (fsnotify) with the
// fake clock: a save by rename over the file (as editors do) is seen, a
// removed file is an error line, and the file coming back is a report.
func TestWatchFiles(t *testing.T) {
	h, opts, l := newWatchHarness(t, render.Text, false)
	h.start(func(ctx context.Context) error { return watchFiles(ctx, opts, l) })
	h.waitDrawn(1)
	h.takeOut()

	// An atomic save: a temporary file renamed over the resume.
	tmp := filepath.Join(h.dir, ".cv.md.swp")
	writeFile(t, tmp, cvNew)
	if err := os.Rename(tmp, h.cv); err != nil {
		t.Fatal(err)
	}
	h.clock.waitAfter(t)
	h.clock.Advance(watchDebounce)
	h.waitDrawn(2)
	if out := h.takeOut(); !strings.Contains(out, "  + Kubernetes\n") {
		t.Errorf("report 2 after the rename lacks the gained term:\n%s", out)
	}

	if err := os.Remove(h.cv); err != nil {
		t.Fatal(err)
	}
	h.clock.waitAfter(t)
	h.clock.Advance(watchDebounce)
	h.waitFailed()
	if !strings.Contains(h.errOut.String(), h.cv+": no such file") {
		t.Errorf("stderr = %q", h.errOut.String())
	}

	// The resume comes back.
	writeFile(t, tmp, cvOld)
	if err := os.Rename(tmp, h.cv); err != nil {
		t.Fatal(err)
	}
	h.clock.waitAfter(t)
	h.clock.Advance(watchDebounce)
	h.waitDrawn(3)
	if out := h.takeOut(); !strings.Contains(out, "  - Kubernetes\n") {
		t.Errorf("report 3 lacks the lost term:\n%s", out)
	}

	// A save of the job counts too.
	jobTmp := filepath.Join(h.dir, "job.txt~")
	writeFile(t, jobTmp, strings.Replace(watchJob, "- Terraform\n", "", 1))
	if err := os.Rename(jobTmp, h.job); err != nil {
		t.Fatal(err)
	}
	h.clock.waitAfter(t)
	h.clock.Advance(watchDebounce)
	h.waitDrawn(4)
	if out := h.takeOut(); !strings.Contains(out, "----- report 4: "+h.job+" changed -----") || !strings.Contains(out, "  - Terraform\n") {
		t.Errorf("report 4 after the job's save:\n%s", out)
	}
	if err := h.stop(); !errors.Is(err, context.Canceled) {
		t.Errorf("watchFiles after cancel = %v, want context.Canceled", err)
	}
}

// TestWatchFirstReadFails: as match, a first read that fails ends the
// run (exit 3), also when the file's directory does not exist.
func TestWatchFirstReadFails(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	job := filepath.Join(dir, "job.txt")
	writeFile(t, job, watchJob)
	for _, cv := range []string{filepath.Join(dir, "cv.md"), filepath.Join(dir, "nope", "cv.md")} {
		s, out, errOut := TestStreams("")
		code := MainContext(context.Background(), []string{"match", "--watch", "--job", job, cv}, s)
		if code != ExitInput || out.Len() != 0 || !strings.HasPrefix(errOut.String(), "atsmatch: error: "+cv+": no such file\n") {
			t.Errorf("match --watch %s = %d, stdout %q, stderr %q; want %d and the file's error", cv, code, out.String(), errOut.String(), ExitInput)
		}
	}
}

func TestWatchTargets(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real", "cv.md")
	if err := os.MkdirAll(filepath.Dir(real), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, real, cvOld)
	link := filepath.Join(dir, "cv.md")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	files, dirs, err := watchTargets(link, filepath.Join(dir, "job.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// dir may itself be reached through a symlink (macOS /var): compare
	// resolved paths.
	rdir, _ := filepath.EvalSymlinks(dir)
	if files[link] != link || files[filepath.Join(rdir, "real", "cv.md")] != link || files[filepath.Join(dir, "job.txt")] != filepath.Join(dir, "job.txt") {
		t.Errorf("files = %v", files)
	}
	if !containsAll(dirs, dir, filepath.Join(rdir, "real")) {
		t.Errorf("dirs = %v, want %s and the link target's directory", dirs, dir)
	}
}

func containsAll(list []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, l := range list {
			found = found || l == w
		}
		if !found {
			return false
		}
	}
	return true
}
