package cli

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/mattn/go-isatty"
	"golang.org/x/term"
)

// Streams are the process's standard streams and what is known about them.
type Streams struct {
	In       io.Reader
	Out, Err io.Writer
	OutTTY   bool
	ErrTTY   bool
	// Width is the terminal width the text views wrap to when stdout is a
	// terminal; 0 (not a terminal) keeps the renderer's default.
	Width int
}

// System returns the real process streams.
func System() *Streams {
	s := &Streams{
		In:     os.Stdin,
		Out:    os.Stdout,
		Err:    os.Stderr,
		OutTTY: isTerminal(os.Stdout.Fd()),
		ErrTTY: isTerminal(os.Stderr.Fd()),
	}
	s.Width = termWidth(s.OutTTY, func() (int, error) {
		w, _, err := term.GetSize(int(os.Stdout.Fd()))
		return w, err
	}, os.Getenv("COLUMNS"))
	return s
}

// Text views wrap to the terminal, within limits: narrower than minWidth
// breaks the score bar and evidence columns, wider than maxWidth makes
// lines too long to read.
const (
	minWidth = 60
	maxWidth = 160
)

// termWidth is the width to wrap stdout at: the terminal's size, else
// $COLUMNS (some terminals and multiplexers report no size), clamped to
// minWidth..maxWidth; 0 when stdout is not a terminal or neither is known,
// so piped output stays at the renderer's default.
func termWidth(tty bool, size func() (int, error), columns string) int {
	if !tty {
		return 0
	}
	w, err := size()
	if err != nil || w <= 0 {
		if w, err = strconv.Atoi(strings.TrimSpace(columns)); err != nil || w <= 0 {
			return 0
		}
	}
	return min(max(w, minWidth), maxWidth)
}

func isTerminal(fd uintptr) bool { return isatty.IsTerminal(fd) || isatty.IsCygwinTerminal(fd) }

// TestStreams returns streams reading stdin from in and capturing stdout and
// stderr, neither of them a terminal.
func TestStreams(in string) (s *Streams, out, errOut *bytes.Buffer) {
	out, errOut = &bytes.Buffer{}, &bytes.Buffer{}
	return &Streams{In: strings.NewReader(in), Out: out, Err: errOut}, out, errOut
}
