package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/spf13/cobra"
)

// Main runs atsmatch with args and returns the exit code. SIGINT and
// SIGTERM cancel the command's context: it stops cleanly and Main returns
// ExitInterrupted. A second signal kills the process at once.
func Main(args []string, s *Streams) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	context.AfterFunc(ctx, stop) // restore the default handler after the first signal
	done := make(chan int, 1)
	go func() { done <- MainContext(ctx, args, s) }()
	select {
	case code := <-done:
		return code
	case <-ctx.Done():
	}
	// Give the command time to stop cleanly (rank writes the rows it has),
	// but not forever: a read from a terminal or a pipe ignores the context.
	select {
	case code := <-done:
		return code
	case <-time.After(interruptGrace):
		fmt.Fprintln(s.Err, "atsmatch: interrupted")
		return ExitInterrupted
	}
}

// interruptGrace is how long Main waits, after a signal, for the command
// to return before it gives up on it.
var interruptGrace = 3 * time.Second

// MainContext is [Main] under ctx instead of the process signals: a command
// that fails once ctx is cancelled reports "interrupted" and
// MainContext returns ExitInterrupted.
func MainContext(ctx context.Context, args []string, s *Streams) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(s.Err, "atsmatch: error: internal error: %v\n", r)
			fmt.Fprintln(s.Err, "atsmatch: hint: this is a bug; please report it with the command and input that caused it")
			code = ExitInput
		}
	}()
	// A report that did not reach stdout fails the run (exit 4), even when
	// the command let the write error go.
	stdout := &trackedWriter{w: s.Out}
	ts := *s
	ts.Out = stdout
	root := newRootCmd(&ts)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if werr := stdout.failed(); werr != nil {
		var oe *outputError
		var je *jsonError
		switch {
		case errors.As(err, &oe):
		case errors.As(err, &je):
			err = &jsonError{&outputError{name: "stdout", err: werr}}
		default:
			err = &outputError{name: "stdout", err: werr}
		}
	}
	if err != nil && ctx.Err() != nil {
		// Whatever the command was doing failed because it was stopped.
		err = interrupted(err)
	}
	var ue *usageError
	if errors.As(err, &ue) && ue.hint == "" && cmd != nil {
		// Every usage error points at the help of the command it concerns.
		ue.hint = fmt.Sprintf("run '%s --help' for usage", cmd.CommandPath())
	}
	if err != nil {
		var je *jsonError
		printError(s.Err, err, errors.As(err, &je))
	}
	return exitCode(err)
}

// jsonError marks an error from a command writing JSON, so the error is also
// written as JSON.
type jsonError struct{ error }

func (e *jsonError) Unwrap() error { return e.error }

func newRootCmd(s *Streams) *cobra.Command {
	root, g := newBareRoot(s)
	root.AddCommand(
		newMatchCmd(g, nil),
		newDiffCmd(g, nil),
		newKeywordsCmd(g, nil),
		newTextCmd(g, nil),
		newVersionCmd(s, nil),
		newRankCmd(g, nil),
		newDictCmd(g, nil),
		newCheckCmd(g, nil),
		newMarketCmd(g, nil),
	)
	return root
}

// newBareRoot is the root command with its persistent flags and no
// subcommands, and the globals those flags fill; a test adds the one
// command it parses, which then parses as under Main.
func newBareRoot(s *Streams) (*cobra.Command, *globals) {
	g := &globals{streams: s}
	root := &cobra.Command{
		Use:   "atsmatch",
		Short: "Score how well a resume matches a job description, as an ATS reads them",
		Long: `atsmatch scores how well a resume matches a job description the way an
applicant tracking system sees it: offline, deterministic, and with evidence
(line and text) for every matched and missing term.`,
		Example: `  atsmatch match --job job.txt resume.pdf
  atsmatch match --job job.txt --format json --min-score 70 resume.docx
  atsmatch keywords job.txt
  atsmatch text resume.pdf`,
		Args:                       cobra.ArbitraryArgs,
		SuggestionsMinimumDistance: 2,
		SilenceErrors:              true,
		SilenceUsage:               true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				err := usagef("unknown command %q for atsmatch", args[0])
				if sug := cmd.SuggestionsFor(args[0]); len(sug) > 0 {
					err.(*usageError).hint = "did you mean " + strings.Join(sug, ", ") + "?"
				} else {
					err.(*usageError).hint = "run 'atsmatch --help' for usage"
				}
				return err
			}
			return cmd.Help()
		},
	}
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &usageError{err: err, hint: fmt.Sprintf("run '%s --help' for usage", c.CommandPath())}
	})
	g.addFlags(root)
	return root, g
}

// exactArgs is cobra.ExactArgs with a usage error in the user's terms.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return &usageError{
				err:  fmt.Errorf("%s needs %s (got %d arguments)", cmd.Name(), what, len(args)),
				hint: fmt.Sprintf("usage: %s", cmd.UseLine()),
			}
		}
		return nil
	}
}

// newAnalyzer builds the analyzer, with the user's dictionary overlays.
// A bad overlay is a usage error: the user wrote it, and the message names
// the file and line.
func newAnalyzer(dicts []string, asOf time.Time) (*ats.Analyzer, error) {
	ovs, err := readOverlays(dicts)
	if err != nil {
		return nil, err
	}
	a, err := ats.New(ats.Options{Overlays: ovs, AsOf: asOf})
	if err != nil && len(dicts) > 0 {
		return nil, usagef("--dict: %v", err)
	}
	return a, err
}

// readOverlays reads the --dict files, in order; a file that cannot be read
// is a usage error naming it.
func readOverlays(paths []string) ([]ats.Overlay, error) {
	var ovs []ats.Overlay
	for _, p := range paths {
		data, err := readOverlay(p)
		if err != nil {
			return nil, usagef("--dict: %v", err)
		}
		ovs = append(ovs, ats.Overlay{Name: p, Data: data})
	}
	return ovs, nil
}

// maxOverlayBytes caps an overlay file as extract caps a document, so
// --dict /dev/zero (or a huge file by mistake) fails instead of filling memory.
var maxOverlayBytes = extract.DefaultLimits().MaxBytes

// readOverlay reads one overlay file, at most maxOverlayBytes. Errors are
// *os.PathError, like os.ReadFile's.
func readOverlay(path string) ([]byte, error) {
	// A FIFO would block the open until some writer comes.
	if st, err := os.Stat(path); err == nil && !st.IsDir() && !st.Mode().IsRegular() {
		return nil, &os.PathError{Op: "open", Path: path, Err: extract.ErrNotRegular}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxOverlayBytes+1))
	if err != nil {
		return nil, err // a directory: "read x: is a directory"
	}
	if int64(len(data)) > maxOverlayBytes {
		return nil, &os.PathError{Op: "read", Path: path,
			Err: fmt.Errorf("over %d bytes, too large for a dictionary overlay", maxOverlayBytes)}
	}
	return data, nil
}

// readSource reads path, or stdin for "-", under the default limits: a
// path must name a regular file (a pipe is read as "-") and is read under
// the per-document deadline. Stdin has no deadline; Main's grace period
// after a signal covers a terminal nobody types into.
func readSource(ctx context.Context, s *Streams, path string) (extract.Source, error) {
	max := extract.DefaultLimits().MaxBytes
	if path != "-" {
		return extract.ReadFileContext(ctx, path, extract.DefaultLimits())
	}
	const name = "<stdin>"
	data, err := io.ReadAll(io.LimitReader(s.In, max+1))
	if err != nil {
		return extract.Source{}, &extract.FileError{Name: name, Err: fmt.Errorf("reading: %w", err)}
	}
	if int64(len(data)) > max {
		return extract.Source{}, &extract.FileError{Name: name, Err: extract.ErrTooLarge}
	}
	return extract.Source{Name: name, Data: data}, nil
}
