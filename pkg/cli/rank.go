package cli

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

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
	HTMLDir   string // a match page per row, linked from the html report; "" = none
	MinScore  float64
	KeepGoing bool
	// OnlyFailing keeps only the rows of resumes that fail: unreadable, or
	// below MinScore; the summary still covers all.
	OnlyFailing bool
	Quiet       bool
	Color       bool // colour the table's scores: stdout is a terminal and colour is not turned off
	Workers     int  // 0 = GOMAXPROCS
	Follow      bool // follow links out of a walked directory
	Dicts       []string
	AsOf        time.Time // "present" in the resumes' dates; zero: today
	// ReadResume reads one resume for a worker (nil: extract.ReadFileContext);
	// tests put a stuck reader here.
	ReadResume func(ctx context.Context, path string, lim extract.Limits) (extract.Source, error)
}

func newRankCmd(g *globals, runF func(*RankOptions) error) *cobra.Command {
	opts := &RankOptions{Streams: g.streams}
	var asOf string
	cmd := &cobra.Command{
		Use:   "rank --job JOB [--job JOB2 ...] PATH...",
		Short: "Score many resumes against one or more job descriptions",
		Long: `Score every resume in PATH... against each --job and rank them. A PATH may
be a file, a directory (searched recursively for .txt .md .pdf .docx .odt
.html .htm files) or a glob; --files-from reads more paths, one a line.
Symbolic links inside a directory are followed when they stay inside it;
one that leads out is skipped with a warning, unless --follow.

A file that cannot be read is reported and the others are still scored;
the exit status is then 3 unless --keep-going. --min-score N exits 1 when
any scored resume is below N (with several jobs: below N for every job),
and names them on stderr. --only-failing prints only the rows of the
resumes that fail (below N or unreadable); --quiet only hides the
progress line.

jsonl streams one row per line in completion order as results arrive
(--sort and --top do not apply); the other formats sort the rows
(ties keep input order) and add a summary.

--html-dir DIR writes each row's match page (what match --format html
prints) into DIR, named from the resume's path, and the html report links
each resume to its page; a later run replaces the pages.

-o FILE is replaced only when the run completes; an interrupted run
writes the rows it has to FILE.partial and leaves FILE as it was.`,
		Example: `  atsmatch rank --job job.txt resumes/
  atsmatch rank --job job.txt --format csv -o ranked.csv 'resumes/*.pdf'
  find resumes -name '*.pdf' | atsmatch rank --job job.txt --files-from - --format jsonl
  atsmatch rank --job backend.txt --job frontend.txt --top 10 resumes/
  atsmatch rank --job job.txt --min-score 70 --only-failing resumes/
  atsmatch rank --job job.txt --format html -o report/rank.html --html-dir report/pages resumes/`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := g.settings(cmd)
			if err != nil {
				return err
			}
			opts.Paths = args
			if opts.AsOf, err = parseAsOf(asOf); err != nil {
				return err
			}
			if err := opts.resolve(cmd, st); err != nil {
				return err
			}
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
	f.StringVar(&opts.Sort, "sort", report.SortScore, "row order: "+strings.Join(report.SortKeys(), ", "))
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of stdout")
	f.StringVar(&opts.HTMLDir, "html-dir", "", "write each row's match page (match --format html) into `DIR`, linked from the html report")
	f.Float64("min-score", 0, "exit with status 1 when any scored resume is below `N` (0-100)")
	f.BoolVar(&opts.KeepGoing, "keep-going", false, "exit 0 even when some files could not be read")
	f.BoolVar(&opts.OnlyFailing, "only-failing", false, "print only the rows of resumes that fail: below --min-score or unreadable (the table then has no summary)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress line on stderr")
	f.IntVar(&opts.Workers, "workers", 0, "parallel workers (0: one per CPU)")
	f.BoolVar(&opts.Follow, "follow", false, "follow symbolic links that lead out of a directory given (within it they are followed)")
	asOfFlag(cmd, &asOf)
	return cmd
}

// resolve checks the flags against each other and takes the settings
// (flag, ATSMATCH_* or config file) rank uses.
func (opts *RankOptions) resolve(cmd *cobra.Command, st settings) error {
	if len(opts.Jobs) == 0 {
		return &usageError{err: errors.New("missing --job JOB"), hint: "usage: " + cmd.UseLine()}
	}
	if len(opts.Paths) == 0 && opts.FilesFrom == "" {
		return &usageError{err: errors.New("rank needs at least one resume PATH or --files-from"), hint: "usage: " + cmd.UseLine()}
	}
	stdinUsers := 0
	for _, j := range append(slices.Clone(opts.Jobs), opts.FilesFrom) {
		if j == "-" {
			stdinUsers++
		}
	}
	if stdinUsers > 1 {
		return usagef("only one of --job and --files-from can read stdin")
	}
	if slices.Contains(opts.Paths, "-") {
		return usagef("rank reads resumes from files; use --files-from - to read their paths from stdin")
	}
	format := st.Format
	if format == "text" { // a shared config's match format means the terminal view
		format = string(render.BatchTable)
	}
	var err error
	if opts.Format, err = render.ParseBatchFormat(format); err != nil {
		return usagef("--format: %v", err)
	}
	if !slices.Contains(report.SortKeys(), opts.Sort) {
		return usagef("--sort %q: want %s", opts.Sort, strings.Join(report.SortKeys(), ", "))
	}
	if opts.Top < 0 {
		return usagef("--top %d: want 0 (all) or more", opts.Top)
	}
	if opts.HTMLDir != "" && opts.Format.Streams() {
		return usagef("--html-dir: %s streams rows as they come; the pages need the final rows (use another --format)", opts.Format)
	}
	opts.MinScore, opts.Dicts, opts.Color = st.MinScore, st.Dict, st.Color
	return nil
}
