//go:build unix

package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// firstWrite is a writer that says when it is first written to.
type firstWrite struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	once  sync.Once
	wrote chan struct{}
}

func (w *firstWrite) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	defer w.once.Do(func() { close(w.wrote) })
	return w.buf.Write(p)
}

func (w *firstWrite) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// TestMainWatchSignal: Ctrl-C (a real SIGINT) ends match --watch with
// status 130 and the one "interrupted" line, the report it drew left as
// it was.
func TestMainWatchSignal(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	job, cv := filepath.Join(dir, "job.txt"), filepath.Join(dir, "cv.md")
	writeFile(t, job, watchJob)
	writeFile(t, cv, cvOld)
	s, _, errOut := TestStreams("")
	out := &firstWrite{wrote: make(chan struct{})}
	s.Out = out
	go func() {
		select {
		case <-out.wrote: // the first report is out: Main's handler is installed
		case <-time.After(10 * time.Second):
			t.Error("match --watch drew no report")
		}
		if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
			t.Error(err)
		}
	}()
	code := Main([]string{"match", "--watch", "--job", job, cv}, s)
	if code != ExitInterrupted || errOut.String() != "atsmatch: interrupted\n" || !strings.HasPrefix(out.String(), "ATS match: ") {
		t.Errorf("match --watch after SIGINT = %d, stdout %q…, stderr %q; want %d, the report and one line", code, out.String()[:min(40, len(out.String()))], errOut.String(), ExitInterrupted)
	}
}
