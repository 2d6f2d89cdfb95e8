package cli

// Running `atsmatch rank`, in the order of runRank's steps: expand the
// inputs, open the output, prepare the jobs, emit the rows as they come,
// write the report, and decide the exit status.

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
)

func runRank(ctx context.Context, opts *RankOptions) error {
	listed, err := filesFrom(opts)
	if err != nil {
		return err
	}
	out, err := openOutput(opts.Output, opts.Streams, rankInputs(opts, listed))
	if err != nil {
		return err
	}
	defer out.abort()
	paths, left := expandPaths(append(slices.Clone(opts.Paths), listed...), walkSkip(opts, out), opts.Follow)
	for _, l := range left {
		fmt.Fprintf(opts.Streams.Err, "atsmatch: warning: %s: a link out of the directory (skipped; --follow reads it)\n", render.TermSafe(l))
	}
	if len(paths) == 0 {
		return usagef("no resumes to rank (the paths and --files-from named none)")
	}
	a, jobs, err := prepareJobs(ctx, opts)
	if err != nil {
		return err
	}

	signalled := ctx // cancelled by SIGINT/SIGTERM (Main)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	t := newRankTally(opts, jobs, len(paths), out, cancel)
	t.a, t.jobs = a, jobs
	err = a.Rank(ctx, jobs, feedPaths(ctx, paths, opts.ReadResume), ats.RankOptions{Workers: opts.Workers}, t.emit)
	t.prog.clear()
	if t.writeErr != nil {
		return out.failed(t.writeErr)
	}
	// Interrupted: Rank stopped feeding workers and returned without waiting
	// for any stuck one; still write the rows it emitted (streamed formats
	// already have), marked partial, then exit 130.
	stopped := err != nil && signalled.Err() != nil
	if err != nil && !stopped {
		return err
	}
	if err := t.writeSorted(ctx, !stopped); err != nil {
		return err
	}
	where, cerr := out.commit(!stopped)
	if cerr != nil {
		return cerr
	}
	if stopped {
		return &interruptedError{cause: err, detail: fmt.Sprintf("after %d of %d %s; the rows so far were written%s",
			t.done, t.total, plural(t.total, "resume"), where)}
	}
	return t.exitPolicy()
}

// filesFrom reads the --files-from list, if any.
func filesFrom(opts *RankOptions) ([]string, error) {
	if opts.FilesFrom == "" {
		return nil, nil
	}
	return readPathList(opts.Streams, opts.FilesFrom)
}

// rankOutput is where the report goes: stdout, or -o FILE written to a
// temporary file and renamed into place (output.go).
type rankOutput struct {
	w    io.Writer
	file *outputFile // nil for stdout
	name string      // for messages: -o FILE or "stdout"
}

// openOutput starts the report of rank or market: stdout, or -o FILE
// written atomically (output.go), refused first when it is one of inputs
// (by file identity, so other spellings and links count): writing the
// report would destroy it.
func openOutput(name string, s *Streams, inputs []namedInput) (*rankOutput, error) {
	if name == "" {
		return &rankOutput{w: s.Out, name: "stdout"}, nil
	}
	if err := refuseOutputInput(name, inputs); err != nil {
		return nil, err
	}
	of, err := createOutput(name)
	if err != nil {
		return nil, err
	}
	return &rankOutput{w: of, file: of, name: name}, nil
}

// failed is a write to the report that failed (exit 4).
func (o *rankOutput) failed(err error) error { return &outputError{name: o.name, err: err} }

// commit finishes -o FILE (FILE.partial when not complete) and says where
// the rows went, for the interrupted message; nothing to do for stdout.
func (o *rankOutput) commit(complete bool) (where string, err error) {
	if o.file == nil {
		return "", nil
	}
	dest, err := o.file.commit(complete)
	if err != nil {
		return "", err
	}
	return " to " + dest, nil
}

// abort removes the temporary file of a report not committed.
func (o *rankOutput) abort() {
	if o.file != nil {
		o.file.abort()
	}
}

// walkSkip are the files a directory walk or a glob leaves out: the --job
// files, since a job found in the resume directory would rank itself first
// at 100, the report (-o FILE and this run's temporary file), which is no
// resume, and the --html-dir directory of match pages.
func walkSkip(opts *RankOptions, out *rankOutput) []fs.FileInfo {
	var skip []fs.FileInfo
	for _, j := range append(slices.Clone(opts.Jobs), opts.FilesFrom) { // the list is no resume
		if st, err := os.Stat(j); j != "" && j != "-" && err == nil {
			skip = append(skip, st)
		}
	}
	if opts.HTMLDir != "" { // last run's pages are no resumes
		if st, err := os.Stat(opts.HTMLDir); err == nil {
			skip = append(skip, st)
		}
	}
	if out.file != nil {
		if st, err := os.Stat(opts.Output); err == nil {
			skip = append(skip, st)
		}
		if st := out.file.info(); st != nil {
			skip = append(skip, st)
		}
	}
	return skip
}

// prepareJobs reads every --job, then builds the analyzer with the --dict
// overlays and analyses each job once: a missing job is the more useful
// error, and it costs no dictionary.
func prepareJobs(ctx context.Context, opts *RankOptions) (*ats.Analyzer, []*ats.Job, error) {
	srcs := make([]extract.Source, len(opts.Jobs))
	for i, j := range opts.Jobs {
		src, err := readSource(ctx, opts.Streams, j)
		if err != nil {
			return nil, nil, err
		}
		srcs[i] = src
	}
	a, err := newAnalyzer(opts.Dicts, opts.AsOf)
	if err != nil {
		return nil, nil, err
	}
	jobs := make([]*ats.Job, len(srcs))
	for i, src := range srcs {
		if jobs[i], err = a.PrepareJob(ctx, src); err != nil {
			return nil, nil, err
		}
	}
	return a, jobs, nil
}

// feedPaths hands paths to Rank one by one until they run out or ctx is
// done; each is read in a worker, by read (nil: extract.ReadFileContext),
// and a path expansion already failed on becomes that error's row.
func feedPaths(ctx context.Context, paths []rankPath, read func(context.Context, string, extract.Limits) (extract.Source, error)) <-chan ats.Input {
	if read == nil {
		read = extract.ReadFileContext
	}
	lim := extract.DefaultLimits()
	inputs := make(chan ats.Input)
	go func() {
		defer close(inputs)
		for _, p := range paths {
			in := ats.Input{Name: p.path}
			if err := p.err; err != nil {
				in.Load = func(context.Context) (extract.Source, error) { return extract.Source{}, err }
			} else {
				path := p.path
				in.Load = func(ctx context.Context) (extract.Source, error) { return read(ctx, path, lim) }
			}
			select {
			case inputs <- in:
			case <-ctx.Done():
				return
			}
		}
	}()
	return inputs
}

// rankTally is what a run learns from each resume's rows as Rank hands
// them over: the summary, the rows a sorted format keeps (a streamed one
// writes them at once), the progress line, and the counts the exit policy
// needs. Rank never calls emit concurrently.
type rankTally struct {
	opts     *RankOptions
	out      *rankOutput
	a        *ats.Analyzer // --html-dir analyses the rows' resumes again
	jobs     []*ats.Job
	names    []string // the jobs, in order
	total    int      // resumes to rank
	sum      *report.Summarizer
	prog     *progress
	cancel   func() // stops the run when a streamed row cannot be written
	rows     []report.BatchRow
	writeErr error

	done, failed int
	lowest       float64           // the lowest of the resumes' best scores
	scored       int               // resumes with a score
	below        []report.BatchRow // a row of each resume below --min-score, for its name and Index
}

func newRankTally(opts *RankOptions, jobs []*ats.Job, total int, out *rankOutput, cancel func()) *rankTally {
	names := make([]string, len(jobs))
	for i, j := range jobs {
		names[i] = j.Name()
	}
	sum := report.NewSummarizer(names)
	if opts.MinScore > 0 { // "best job: none" then means no job passes
		sum.Floor = opts.MinScore
	}
	return &rankTally{
		opts: opts, out: out, names: names, total: total, cancel: cancel,
		sum:    sum,
		prog:   newProgress(opts.Streams, total, opts.Quiet),
		lowest: 101,
	}
}

// emit takes one resume's rows, one per job in job order. A resume
// fails when it could not be read or when its best score is below
// --min-score; --only-failing keeps only such resumes' rows.
func (t *rankTally) emit(rows []report.BatchRow) {
	t.sum.Add(rows)
	t.done++
	// A resume that could not be read fails every row; the first says why.
	if e := rows[0].Error; e != nil {
		t.failed++
		t.prog.clear()
		fmt.Fprintf(t.opts.Streams.Err, "atsmatch: warning: %s: %s (skipped)\n", render.TermSafe(rows[0].Resume), render.TermSafe(e.Message))
	}
	t.prog.step()
	failing := rows[0].Error != nil
	if best, ok := bestScore(rows); ok {
		t.lowest = min(t.lowest, best)
		t.scored++
		if t.opts.MinScore > 0 && best < t.opts.MinScore {
			t.below = append(t.below, rows[0])
			failing = true
		}
	}
	if t.opts.OnlyFailing && !failing {
		return
	}
	if !t.opts.Format.Streams() {
		t.rows = append(t.rows, rows...)
		return
	}
	for _, r := range rows {
		if t.writeErr != nil {
			return
		}
		if t.writeErr = render.WriteBatchRow(t.out.w, r); t.writeErr != nil {
			t.cancel()
		}
	}
}

// bestScore is a resume's best score over the jobs, if any row scored: a
// resume passes --min-score when it fits any of the jobs well enough.
func bestScore(rows []report.BatchRow) (float64, bool) {
	best, ok := 0.0, false
	for _, r := range rows {
		if r.Error == nil && (!ok || r.Score > best) {
			best, ok = r.Score, true
		}
	}
	return best, ok
}

// writeSorted writes a sorted format: the rows in --sort order, the best
// --top of them, and the summary of all. A streamed format has written
// its rows already.
func (t *rankTally) writeSorted(ctx context.Context, complete bool) error {
	if t.opts.Format.Streams() {
		return nil
	}
	rows := t.rows
	if err := report.SortRows(rows, t.opts.Sort, t.names); err != nil {
		return usagef("--sort: %v", err)
	}
	if t.opts.Top > 0 && len(rows) > t.opts.Top {
		rows = rows[:t.opts.Top]
	}
	res := &report.BatchResult{SchemaVersion: report.BatchSchemaVersion, Complete: complete, Rows: rows, Summary: t.sum.Summary(0)}
	bo := render.BatchOptions{MinScore: t.opts.MinScore, RowsOnly: t.opts.OnlyFailing}
	if t.out.file == nil { // the terminal's width and colours, never in a -o FILE
		bo.Color, bo.Width = t.opts.Color, t.opts.Streams.Width
	}
	if t.opts.HTMLDir != "" && complete { // an interrupted run stops now
		pages, err := writePages(ctx, t.a, t.jobs, rows, t.opts)
		if err != nil {
			return err
		}
		bo.Pages = pages
	}
	if err := render.WriteBatch(t.out.w, t.opts.Format, res, bo); err != nil {
		return t.out.failed(err)
	}
	return nil
}

// exitPolicy is a completed run's status, once the report is written:
// some resume unreadable (3, unless --keep-going), else some resume's best
// score below --min-score (1).
func (t *rankTally) exitPolicy() error {
	if t.failed > 0 && !t.opts.KeepGoing {
		return &rankFailedError{failed: t.failed, total: t.total}
	}
	if len(t.below) > 0 {
		slices.SortFunc(t.below, func(x, y report.BatchRow) int { return x.Index - y.Index })
		names := make([]string, len(t.below))
		for i, r := range t.below {
			names[i] = r.Resume
		}
		return &belowMinError{score: t.lowest, min: t.opts.MinScore, files: names, of: t.scored}
	}
	return nil
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
