//go:build unix

package cli

import (
	"io"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// blockingReader blocks every Read until released, like a terminal nobody
// types into; started is closed at the first Read.
type blockingReader struct {
	started chan struct{}
	release chan struct{}
	once    sync.Once
}

func (r *blockingReader) Read([]byte) (int, error) {
	r.once.Do(func() { close(r.started) })
	<-r.release
	return 0, io.EOF
}

// TestMainSignalWhileBlocked sends a real SIGINT to the process while Main
// is stuck reading stdin (which no context can stop): Main gives up after
// the grace period, says "interrupted" and returns 130.
func TestMainSignalWhileBlocked(t *testing.T) {
	isolate(t)
	defer func(g time.Duration) { interruptGrace = g }(interruptGrace)
	interruptGrace = 50 * time.Millisecond
	in := &blockingReader{started: make(chan struct{}), release: make(chan struct{})}
	defer close(in.release)
	s, out, errOut := TestStreams("")
	s.In = in
	go func() {
		<-in.started // Main is running, so its signal handler is installed
		if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
			t.Error(err)
		}
	}()
	code := Main([]string{"text", "-"}, s)
	if code != ExitInterrupted || !strings.HasSuffix(errOut.String(), "atsmatch: interrupted\n") || out.Len() != 0 {
		t.Errorf("Main(text -) after SIGINT = %d, stdout %q, stderr %q; want %d and one line", code, out.String(), errOut.String(), ExitInterrupted)
	}
}
