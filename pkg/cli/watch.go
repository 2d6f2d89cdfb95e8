package cli

// `atsmatch match --watch`: re-score each time the resume or the job file
// is saved and redraw the report, with the delta from the previous save
// at the top.
//
// The directories are watched, not the files: an editor that saves by
// writing a temporary file and renaming it over the original replaces the
// file (a new inode), which a watch on the file itself would lose at the
// first save. fsnotify (inotify, kqueue, ReadDirectoryChangesW) rather
// than polling: a save is seen at once, and nothing is read between saves.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fatih/color"
	"github.com/fsnotify/fsnotify"
	"github.com/spf13/cobra"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/delta"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// watchDebounce is how long after the last event of a save the files are
// read: a save is several events (write, rename, chmod) within a few
// milliseconds, and the file may be whole only after the last.
const watchDebounce = 150 * time.Millisecond

// clearScreen moves the cursor home and clears the terminal and its
// scrollback (ANSI, as clear(1) does), so that each report is drawn in
// place of the last and scrolling back shows no older one.
const clearScreen = "\x1b[H\x1b[2J\x1b[3J"

// watchClock is time as the watch loop sees it: After for the debounce,
// Now for the footer. Tests drive a fake one.
type watchClock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// checkWatch refuses what --watch cannot do: watch standard input, or
// redraw an HTML page. An html format from the config file or
// ATSMATCH_FORMAT means text, as a format a command cannot print does
// (commandFormat); an explicit --format html is a usage error.
func checkWatch(cmd *cobra.Command, opts *MatchOptions) error {
	if opts.Job == "-" || opts.Resume == "-" {
		return usagef("--watch needs files to watch: the job and the resume cannot come from stdin")
	}
	if opts.Format == render.HTML {
		if cmd.Flags().Changed("format") {
			return usagef("--watch prints text, json or markdown, not html")
		}
		opts.Format = render.Text
	}
	return nil
}

func runWatch(ctx context.Context, opts *MatchOptions) error {
	return watchFiles(ctx, opts, &watchLoop{clock: systemClock{}, debounce: watchDebounce})
}

// watchFiles sets l up to watch opts's files (l brings its clock and
// debounce, a test its hooks) and runs it.
func watchFiles(ctx context.Context, opts *MatchOptions, l *watchLoop) error {
	files, dirs, err := watchTargets(opts.Job, opts.Resume)
	if err != nil {
		return err
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("cannot watch files: %w", err)
	}
	defer w.Close()
	score := matchScorer(opts)
	for _, d := range dirs {
		if err := w.Add(d); err != nil {
			// Most often a directory that does not exist: the file's own
			// error says so better (and exits 3, as match does).
			if _, serr := score(ctx); serr != nil {
				return serr
			}
			return fmt.Errorf("cannot watch %s: %w", d, err)
		}
	}
	l.out, l.errOut, l.tty = opts.Streams.Out, opts.Streams.Err, opts.Streams.OutTTY
	l.format, l.ro = opts.Format, render.Options{Color: opts.Color, Verbose: opts.Verbose, Width: opts.Streams.Width}
	l.events, l.errs, l.files, l.names, l.score = w.Events, w.Errors, files, []string{opts.Job, opts.Resume}, score
	return l.run(ctx)
}

// matchScorer reads opts's job and resume and scores them each time it is
// called, as runMatch does once: the inputs first, then the dictionary,
// compiled at the first call only.
func matchScorer(opts *MatchOptions) func(context.Context) (*report.MatchResult, error) {
	var a *ats.Analyzer
	return func(ctx context.Context) (*report.MatchResult, error) {
		job, err := readSource(ctx, opts.Streams, opts.Job)
		if err != nil {
			return nil, err
		}
		resume, err := readSource(ctx, opts.Streams, opts.Resume)
		if err != nil {
			return nil, err
		}
		if a == nil {
			if a, err = newAnalyzer(opts.Dicts, opts.AsOf); err != nil {
				return nil, err
			}
		}
		res, err := a.Match(ctx, job, resume)
		if err == nil && opts.Strict {
			err = strictError(res)
		}
		return res, err
	}
}

// watchTargets maps each file to watch, by its absolute path and, for a
// symlink, its target's, to the name it was given as; dirs are the
// directories that hold them.
func watchTargets(paths ...string) (files map[string]string, dirs []string, err error) {
	files = make(map[string]string)
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, nil, err
		}
		files[abs] = p
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			files[real] = p
		}
	}
	for f := range files {
		if d := filepath.Dir(f); !slices.Contains(dirs, d) {
			dirs = append(dirs, d)
		}
	}
	slices.Sort(dirs)
	return files, dirs, nil
}

// watchLoop scores, draws, and waits for the next save, until its
// context ends.
type watchLoop struct {
	out, errOut io.Writer
	tty         bool // stdout is a terminal: redraw in place
	format      render.Format
	ro          render.Options
	clock       watchClock
	debounce    time.Duration
	events      <-chan fsnotify.Event
	errs        <-chan error
	files       map[string]string // see watchTargets
	names       []string          // the files as given, job first
	score       func(context.Context) (*report.MatchResult, error)

	// Tests: called after report n is written, and after a re-score fails.
	drawn  func(n int)
	failed func(err error)
}

// run draws the first report (its failure is run's: exit 3, as match),
// then re-scores after each save; a save that cannot be read or scored
// prints one error line and the loop goes on. It returns ctx's error when
// interrupted, or an error writing stdout.
func (l *watchLoop) run(ctx context.Context) error {
	prev, err := l.score(ctx)
	if err != nil {
		return err
	}
	n := 1
	if err := l.draw(n, prev, nil, nil); err != nil {
		return err
	}
	var due <-chan time.Time // the debounce; nil while no save is pending
	changed := map[string]bool{}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case ev, ok := <-l.events:
			if !ok {
				return errors.New("watching the files stopped")
			}
			if name, ok := l.changedFile(ev); ok {
				changed[name] = true
				due = l.clock.After(l.debounce) // each event restarts the wait
			}
		case err, ok := <-l.errs:
			if !ok {
				return errors.New("watching the files stopped")
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				// Events were lost: one of them may have been a save.
				due = l.clock.After(l.debounce)
				continue
			}
			fmt.Fprintf(l.errOut, "atsmatch: error: watching: %s\n", render.TermSafe(err.Error()))
		case <-due:
			due = nil
			res, err := l.score(ctx)
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				l.printError(err)
				if l.failed != nil {
					l.failed(err)
				}
				continue
			}
			n++
			if err := l.draw(n, res, delta.Compare(prev, res), l.changedNames(changed)); err != nil {
				return err
			}
			prev, changed = res, map[string]bool{}
		}
	}
}

// signedScore is a score change as +8.5, -3.0 or 0.0.
func signedScore(x float64) string {
	if x == 0 {
		return "0.0"
	}
	return fmt.Sprintf("%+.1f", x)
}

// changedFile is the name of the watched file ev concerns, if it changes
// the file's content: a write, a create (a rename over it is one), a
// rename or removal. A change of mode or times alone is not a save.
func (l *watchLoop) changedFile(ev fsnotify.Event) (string, bool) {
	if !ev.Has(fsnotify.Write) && !ev.Has(fsnotify.Create) && !ev.Has(fsnotify.Rename) && !ev.Has(fsnotify.Remove) {
		return "", false
	}
	name, ok := l.files[filepath.Clean(ev.Name)]
	return name, ok
}

// changedNames lists the changed files in the order they were given.
func (l *watchLoop) changedNames(changed map[string]bool) []string {
	var out []string
	for _, n := range l.names {
		if changed[n] && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// printError writes the one-line error of a save that could not be read
// or scored, made safe for a terminal as printError makes its lines; the
// last report stays as it was.
func (l *watchLoop) printError(err error) {
	file, cause, _, _ := describe(err)
	if file != "" {
		cause = file + ": " + cause
	}
	fmt.Fprintf(l.errOut, "atsmatch: error: %s\n", render.TermSafe(cause))
}

// draw writes report n in one write: on a terminal in place of the last,
// with a footer; elsewhere after a separator line (none before the first,
// nor between JSON documents, which a JSON stream reader takes one after
// the other). d, the delta from the previous report, goes on top in text
// and markdown.
func (l *watchLoop) draw(n int, res *report.MatchResult, d *report.DiffResult, changed []string) error {
	var b bytes.Buffer
	switch {
	case l.tty:
		b.WriteString(clearScreen)
	case n > 1 && l.format != render.JSON:
		fmt.Fprintf(&b, "\n----- report %d: %s changed -----\n\n", n, render.TermSafe(strings.Join(changed, ", ")))
	}
	if d != nil && l.format != render.JSON {
		if err := render.WriteDiffBrief(&b, l.format, d, l.ro); err != nil {
			return err
		}
		if l.format == render.Text {
			b.WriteString("\n")
		}
	}
	if err := render.Write(&b, l.format, res, l.ro); err != nil {
		return err
	}
	if l.tty {
		dim := color.New(color.Faint)
		if l.ro.Color {
			dim.EnableColor()
		} else {
			dim.DisableColor()
		}
		// The score again at the bottom: a report longer than the
		// terminal scrolls its top, and the delta, out of sight.
		score := fmt.Sprintf("%.1f", res.Score)
		if d != nil {
			score = fmt.Sprintf("%.1f → %.1f (%s)", d.Before.Score, d.After.Score, signedScore(d.Delta))
		}
		fmt.Fprintf(&b, "\n%s\n", dim.Sprintf("Watching %s. Report %d at %s, score %s. Ctrl-C to stop.",
			render.TermSafe(strings.Join(l.names, " and ")), n, l.clock.Now().Format("15:04:05"), score))
	}
	if _, err := l.out.Write(b.Bytes()); err != nil {
		return &outputError{name: "stdout", err: err}
	}
	if l.drawn != nil {
		l.drawn(n)
	}
	return nil
}
