package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/spf13/cobra"
)

// RankOptions are everything `atsmatch rank` needs, resolved.
type RankOptions struct {
	Streams   *Streams
	Jobs      []string // paths, one may be "-"
	Paths     []string // files, directories, globs
	FilesFrom string   // file of paths, one a line; "-" for stdin
	Format    render.BatchFormat
	Top       int    // 0 = all rows
	Sort      string // score, name, hard, soft
	Output    string // "" = stdout
	MinScore  float64
	KeepGoing bool
	Quiet     bool
	Workers   int // 0 = GOMAXPROCS
	Dicts     []string
	// ReadResume reads one resume for a worker (nil: extract.ReadFileContext);
	// tests put a stuck reader here.
	ReadResume func(ctx context.Context, path string, lim extract.Limits) (extract.Source, error)
}

func newRankCmd(g *globals, runF func(*RankOptions) error) *cobra.Command {
	opts := &RankOptions{Streams: g.streams}
	cmd := &cobra.Command{
		Use:   "rank --job JOB [--job JOB2 ...] PATH...",
		Short: "Score many resumes against one or more job descriptions",
		Long: `Score every resume in PATH... against each --job and rank them. A PATH may
be a file, a directory (searched recursively for .txt .md .pdf .docx .odt
.html .htm files) or a glob; --files-from reads more paths, one a line.

A file that cannot be read is reported and the others are still scored;
the exit status is then 3 unless --keep-going. --min-score N exits 1 when
any scored resume is below N.

jsonl streams one row per line in completion order as results arrive
(--sort and --top do not apply); the other formats sort the rows
(ties keep input order) and add a summary.

-o FILE is replaced only when the run completes; an interrupted run
writes the rows it has to FILE.partial and leaves FILE as it was.`,
		Example: `  atsmatch rank --job job.txt resumes/
  atsmatch rank --job job.txt --format csv -o ranked.csv 'resumes/*.pdf'
  find resumes -name '*.pdf' | atsmatch rank --job job.txt --files-from - --format jsonl
  atsmatch rank --job backend.txt --job frontend.txt --top 10 resumes/`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := g.settings(cmd)
			if err != nil {
				return err
			}
			opts.Paths = args
			if len(opts.Jobs) == 0 {
				return &usageError{err: errors.New("missing --job JOB"), hint: "usage: " + cmd.UseLine()}
			}
			if len(args) == 0 && opts.FilesFrom == "" {
				return &usageError{err: errors.New("rank needs at least one resume PATH or --files-from"), hint: "usage: " + cmd.UseLine()}
			}
			stdinUsers := 0
			for _, j := range opts.Jobs {
				if j == "-" {
					stdinUsers++
				}
			}
			if opts.FilesFrom == "-" {
				stdinUsers++
			}
			if stdinUsers > 1 {
				return usagef("only one of --job and --files-from can read stdin")
			}
			if slices.Contains(args, "-") {
				return usagef("rank reads resumes from files; use --files-from - to read their paths from stdin")
			}
			format := st.Format
			if format == "text" { // a shared config's match format means the terminal view
				format = string(render.BatchTable)
			}
			if opts.Format, err = render.ParseBatchFormat(format); err != nil {
				return usagef("--format: %v", err)
			}
			if !slices.Contains(report.SortKeys(), opts.Sort) {
				return usagef("--sort %q: want %s", opts.Sort, strings.Join(report.SortKeys(), ", "))
			}
			if opts.Top < 0 {
				return usagef("--top %d: want 0 (all) or more", opts.Top)
			}
			if st.MinScore < 0 || st.MinScore > 100 {
				return usagef("--min-score %g: want a number from 0 to 100", st.MinScore)
			}
			opts.MinScore, opts.Dicts = st.MinScore, st.Dict
			if runF != nil {
				return runF(opts)
			}
			err = runRank(cmd.Context(), opts)
			if err != nil && opts.Format == render.BatchJSON { // scripts read the error as JSON too
				return &jsonError{err}
			}
			return err
		},
	}
	formatFlag(cmd, render.BatchFormats())
	f := cmd.Flags()
	f.StringArrayVar(&opts.Jobs, "job", nil, "job description `FILE` (repeatable; - for stdin)")
	f.StringVar(&opts.FilesFrom, "files-from", "", "read resume paths from `FILE`, one a line (- for stdin)")
	f.IntVar(&opts.Top, "top", 0, "show only the best `N` rows (0: all; the summary covers all)")
	f.StringVar(&opts.Sort, "sort", report.SortScore, "row order: score, name, hard, soft")
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of stdout")
	f.Float64("min-score", 0, "exit with status 1 when any scored resume is below `N` (0-100)")
	f.BoolVar(&opts.KeepGoing, "keep-going", false, "exit 0 even when some files could not be read")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress line on stderr")
	f.IntVar(&opts.Workers, "workers", 0, "parallel workers (0: one per CPU)")
	return cmd
}

// rankFailedError is a batch in which some files could not be read.
type rankFailedError struct{ failed, total int }

func (e *rankFailedError) Error() string {
	return fmt.Sprintf("%d of %d %s could not be read (named above); --keep-going exits 0 anyway",
		e.failed, e.total, plural(e.total, "resume"))
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// rankPath is one resume to read, or why it cannot be.
type rankPath struct {
	path string
	err  error // set when expansion already failed (unreadable directory)
}

func runRank(ctx context.Context, opts *RankOptions) error {
	s := opts.Streams
	var extra []string
	if opts.FilesFrom != "" {
		var err error
		if extra, err = readPathList(s, opts.FilesFrom); err != nil {
			return err
		}
	}
	args := append(slices.Clone(opts.Paths), extra...)
	// The walk leaves out the --job files and the report: a job found in
	// the resume directory would rank itself first at 100, and an earlier
	// report (or this run's temporary file) is no resume.
	var skip []fs.FileInfo
	for _, j := range opts.Jobs {
		if st, err := os.Stat(j); j != "-" && err == nil {
			skip = append(skip, st)
		}
	}
	var out io.Writer = s.Out
	var of *outputFile
	if opts.Output != "" {
		if err := checkOutputNotInput(opts, extra); err != nil {
			return err
		}
		if st, err := os.Stat(opts.Output); err == nil {
			skip = append(skip, st)
		}
		var err error
		if of, err = createOutput(opts.Output); err != nil {
			return err
		}
		defer of.abort()
		if st := of.info(); st != nil {
			skip = append(skip, st)
		}
		out = of
	}
	writeFailed := func(err error) error {
		if of != nil {
			return &outputError{name: opts.Output, err: err}
		}
		return &outputError{name: "stdout", err: err}
	}
	paths := expandPaths(args, skip)
	if len(paths) == 0 {
		return usagef("no resumes to rank (the paths and --files-from named none)")
	}
	srcs := make([]extract.Source, len(opts.Jobs))
	for i, j := range opts.Jobs {
		src, err := readSource(ctx, s, j)
		if err != nil {
			return err
		}
		srcs[i] = src
	}
	a, err := newAnalyzer(opts.Dicts)
	if err != nil {
		return err
	}
	jobs := make([]*ats.Job, len(srcs))
	names := make([]string, len(srcs))
	for i, src := range srcs {
		if jobs[i], err = a.PrepareJob(ctx, src); err != nil {
			return err
		}
		names[i] = jobs[i].Name()
	}

	inputs := make(chan ats.Input)
	signalled := ctx // cancelled by SIGINT/SIGTERM (Main)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(inputs)
		lim := extract.DefaultLimits()
		readResume := opts.ReadResume
		if readResume == nil {
			readResume = extract.ReadFileContext
		}
		for _, p := range paths {
			in := ats.Input{Name: p.path}
			if p.err != nil {
				err := p.err
				in.Load = func(context.Context) (extract.Source, error) { return extract.Source{}, err }
			} else {
				path := p.path
				in.Load = func(ctx context.Context) (extract.Source, error) { return readResume(ctx, path, lim) }
			}
			select {
			case inputs <- in:
			case <-ctx.Done():
				return
			}
		}
	}()

	sum := report.NewSummarizer(names)
	prog := newProgress(s, len(paths), opts.Quiet)
	var rows []report.BatchRow
	var writeErr error
	failed, done := 0, 0
	lowest, anyScored := 101.0, false // the lowest of each resume's best score
	err = a.Rank(ctx, jobs, inputs, ats.RankOptions{Workers: opts.Workers}, func(rs []report.BatchRow) {
		sum.Add(rs)
		done++
		// A resume that could not be read fails every row; the first says why.
		if e := rs[0].Error; e != nil {
			failed++
			prog.clear()
			fmt.Fprintf(s.Err, "atsmatch: warning: %s: %s (skipped)\n", rs[0].Resume, e.Message)
		}
		prog.step()
		best := -1.0
		for _, r := range rs {
			if r.Error == nil {
				best = max(best, r.Score)
			}
		}
		if best >= 0 {
			lowest, anyScored = min(lowest, best), true
		}
		if !opts.Format.Streams() {
			rows = append(rows, rs...)
			return
		}
		for _, r := range rs {
			if writeErr == nil {
				if writeErr = render.WriteBatchRow(out, r); writeErr != nil {
					cancel()
				}
			}
		}
	})
	prog.clear()
	if writeErr != nil {
		return writeFailed(writeErr)
	}
	// Interrupted: Rank stopped feeding workers and returned without waiting
	// for any stuck one; still write the rows it emitted (streamed formats
	// already have), marked partial, then exit 130.
	stopped := err != nil && signalled.Err() != nil
	if err != nil && !stopped {
		return err
	}
	if !opts.Format.Streams() {
		if err := report.SortRows(rows, opts.Sort, names); err != nil {
			return usagef("--sort: %v", err)
		}
		if opts.Top > 0 && len(rows) > opts.Top {
			rows = rows[:opts.Top]
		}
		res := &report.BatchResult{SchemaVersion: report.SchemaVersion, Complete: !stopped, Rows: rows, Summary: sum.Summary(0)}
		bo := render.BatchOptions{MinScore: opts.MinScore}
		if err := render.WriteBatch(out, opts.Format, res, bo); err != nil {
			return writeFailed(err)
		}
	}
	where := ""
	if of != nil {
		dest, err := of.commit(!stopped)
		if err != nil {
			return err
		}
		where = " to " + dest
	}
	if stopped {
		return &interruptedError{cause: err, detail: fmt.Sprintf("after %d of %d %s; the rows so far were written%s",
			done, len(paths), plural(len(paths), "resume"), where)}
	}
	if failed > 0 && !opts.KeepGoing {
		return &rankFailedError{failed: failed, total: len(paths)}
	}
	// A resume passes when it fits any of the jobs well enough.
	if opts.MinScore > 0 && anyScored && lowest < opts.MinScore {
		return &belowMinError{score: lowest, min: opts.MinScore}
	}
	return nil
}

// checkOutputNotInput refuses an -o FILE that is also something the run
// reads (by file identity, so other spellings and links count): writing
// the report would destroy it. A directory walk or a glob that reaches
// FILE is not refused; expandPaths leaves FILE out.
func checkOutputNotInput(opts *RankOptions, listed []string) error {
	target, err := os.Stat(opts.Output)
	if err != nil || !target.Mode().IsRegular() {
		return nil // a new file is no input; a device is never replaced
	}
	type named struct{ flag, path string }
	var inputs []named
	for _, j := range opts.Jobs {
		inputs = append(inputs, named{"--job ", j})
	}
	for _, p := range opts.Paths {
		inputs = append(inputs, named{"the resume ", p})
	}
	for _, p := range listed {
		inputs = append(inputs, named{"the resume (--files-from) ", p})
	}
	inputs = append(inputs, named{"--files-from ", opts.FilesFrom})
	for _, d := range opts.Dicts {
		inputs = append(inputs, named{"--dict ", d})
	}
	for _, in := range inputs {
		if in.path == "" || in.path == "-" {
			continue
		}
		if st, err := os.Stat(in.path); err == nil && os.SameFile(st, target) {
			return usagef("-o %s is the same file as %s%s: the report would overwrite it; write it to another file", opts.Output, in.flag, in.path)
		}
	}
	return nil
}

// readPathList reads paths one a line from name ("-" for stdin); blank lines
// and lines starting with # are skipped.
func readPathList(s *Streams, name string) ([]string, error) {
	var r io.Reader = s.In
	if name != "-" {
		f, _, err := extract.OpenRegular(name) // a FIFO would block; "-" reads a pipe
		if err != nil {
			return nil, usagef("--files-from: %v", err)
		}
		defer f.Close()
		r = f
	}
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(strings.TrimSuffix(sc.Text(), "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		return nil, usagef("--files-from %s: %v", name, err)
	}
	return out, nil
}

// expandPaths turns arguments into resume files, in argument order:
// directories are walked (lexical order, hidden entries skipped, only
// extract.Extensions), globs the shell left alone are expanded, and anything else
// is kept as is, so a missing file or a pipe becomes an error row that names
// it. A file reached twice is listed once. A file the walk or a glob reaches
// that is the same file as one in skip (the jobs, the report) is left out.
func expandPaths(args []string, skip []fs.FileInfo) []rankPath {
	var out []rankPath
	seen := map[string]bool{}
	add := func(p rankPath) {
		key := filepath.Clean(p.path)
		if seen[key] {
			return
		}
		seen[key] = true
		out = append(out, p)
	}
	skipped := func(p string) bool {
		if len(skip) == 0 {
			return false
		}
		st, err := os.Stat(p)
		return err == nil && slices.ContainsFunc(skip, func(s fs.FileInfo) bool { return os.SameFile(s, st) })
	}
	exts := extract.Extensions()
	for _, arg := range args {
		matches, globbed := []string{arg}, false
		if _, err := os.Lstat(arg); err != nil && strings.ContainsAny(arg, "*?[") {
			if m, gerr := filepath.Glob(arg); gerr == nil && len(m) > 0 {
				matches, globbed = m, true
			}
		}
		for _, m := range matches {
			st, err := os.Stat(m)
			if err != nil || !st.IsDir() {
				if !globbed || !skipped(m) {
					add(rankPath{path: m})
				}
				continue
			}
			_ = filepath.WalkDir(m, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					add(rankPath{path: p, err: &extract.FileError{Name: p, Err: err}})
					return nil
				}
				if p != m && strings.HasPrefix(d.Name(), ".") {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				// A pipe or device is kept: reading refuses it in an error row
				// that names it, where skipping it would hide it.
				if !d.IsDir() && slices.Contains(exts, strings.ToLower(filepath.Ext(p))) && !skipped(p) {
					add(rankPath{path: p})
				}
				return nil
			})
		}
	}
	return out
}

// progress draws "N/M resumes, R/s, ETA" on stderr when it is a terminal,
// at most ten times a second.
type progress struct {
	w       io.Writer
	on      bool
	total   int
	done    int
	start   time.Time
	last    time.Time
	visible bool
}

func newProgress(s *Streams, total int, quiet bool) *progress {
	return &progress{w: s.Err, on: s.ErrTTY && !quiet, total: total, start: time.Now()}
}

func (p *progress) step() {
	p.done++
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond && p.done < p.total {
		return
	}
	p.last = now
	el := now.Sub(p.start).Seconds()
	rate := float64(p.done) / max(el, 1e-9)
	eta := time.Duration(float64(p.total-p.done) / max(rate, 1e-9) * float64(time.Second)).Round(time.Second)
	fmt.Fprintf(p.w, "\ratsmatch: %d/%d resumes, %.0f/s, ETA %s\x1b[K", p.done, p.total, rate, eta)
	p.visible = true
}

func (p *progress) clear() {
	if p.visible {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.visible = false
	}
}
