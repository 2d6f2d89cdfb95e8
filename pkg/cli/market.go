package cli

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"time"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/market"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/spf13/cobra"
)

// MarketOptions are everything `atsmatch market` needs, resolved.
type MarketOptions struct {
	Streams   *Streams
	Paths     []string // postings: files, directories, globs
	FilesFrom string   // file of more posting paths, one a line; "-" for stdin
	Resume    string   // path or "-"; "" for none
	Format    render.Format
	Top       int     // terms and gaps listed; 0 = all
	Kind      string  // "", "hard" or "soft"
	MinShare  float64 // 0..1
	Output    string  // "" = stdout
	Workers   int     // 0 = GOMAXPROCS
	Quiet     bool
	Follow    bool
	Color     bool
	Verbose   bool
	Dicts     []string
}

// marketFormats are the formats market prints.
var marketFormats = render.MarketFormats()

func newMarketCmd(g *globals, runF func(*MarketOptions) error) *cobra.Command {
	opts := &MarketOptions{Streams: g.streams}
	cmd := &cobra.Command{
		Use:   "market JOB... [--resume RESUME]",
		Short: "Sum up many job postings for one role: the skills most demanded, and the resume's gaps",
		Long: `Read the job postings JOB... for one target role (files, directories searched
recursively for .txt .md .pdf .docx .odt .html .htm files, or globs;
--files-from reads more paths, one a line) and list
the terms most demanded: per term, how many postings name it and what share
of them, in how many it is required, and the words they use for it. The
postings are read as match reads a job: boilerplate (benefits, EEO, about
us) is left out, and a requirement group ("Kafka or RabbitMQ") counts once
per posting, each member as an alternative, never as required.

With --resume, each term says whether the resume shows it (as match
decides: a narrower term counts), and the top gaps are the terms the resume
lacks, ranked by the postings whose ask it leaves unmet; an alternative the
resume does without, because it has another, is no gap.

A posting that cannot be read is named on stderr and skipped; the exit
status is then 3 only if no posting could be read. -o FILE is replaced only
when the run completes; an interrupted run writes FILE.partial.`,
		Example: `  atsmatch market postings/
  atsmatch market --resume resume.pdf --top 15 'postings/*.txt'
  atsmatch market --format csv -o market.csv --kind hard postings/
  find postings -name '*.pdf' | atsmatch market --files-from -`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := g.settings(cmd)
			if err != nil {
				return err
			}
			opts.Paths = args
			if err := opts.resolve(cmd, st); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return asJSON(opts.Format, runMarket(cmd.Context(), opts))
		},
	}
	formatFlag(cmd, marketFormats)
	f := cmd.Flags()
	f.StringVar(&opts.FilesFrom, "files-from", "", "read posting paths from `FILE`, one a line (- for stdin)")
	f.StringVar(&opts.Resume, "resume", "", "also show which terms the resume `FILE` lacks (- for stdin)")
	f.IntVar(&opts.Top, "top", market.DefaultTop, "list the `N` most demanded terms and gaps (0: all)")
	f.String("kind", "", "only `hard` or soft skills")
	f.Float64Var(&opts.MinShare, "min-share", 0, "only terms named by at least this `SHARE` of the postings (0 to 1)")
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` instead of stdout")
	f.IntVar(&opts.Workers, "workers", 0, "parallel workers (0: one per CPU)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress line on stderr")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "also show the dictionary and algorithm versions")
	f.BoolVar(&opts.Follow, "follow", false, "follow symbolic links that lead out of a directory given (within it they are followed)")
	return cmd
}

// resolve checks the flags and takes the settings market uses.
func (opts *MarketOptions) resolve(cmd *cobra.Command, st settings) error {
	if len(opts.Paths) == 0 && opts.FilesFrom == "" {
		return &usageError{err: fmt.Errorf("market needs at least one job posting JOB (a file, directory or glob) or --files-from"), hint: "usage: " + cmd.UseLine()}
	}
	for _, p := range opts.Paths {
		if p == "-" {
			return usagef("market reads postings from files; use --files-from - to read their paths from stdin")
		}
	}
	if opts.Resume == "-" && opts.FilesFrom == "-" {
		return usagef("only one of --resume and --files-from can read stdin")
	}
	switch st.Kind {
	case "", "hard", "soft":
		opts.Kind = st.Kind
	default:
		return usagef("--kind %q: want hard or soft", st.Kind)
	}
	if opts.Top < 0 {
		return usagef("--top %d: want 0 (all) or more", opts.Top)
	}
	if !(opts.MinShare >= 0 && opts.MinShare <= 1) { // NaN too
		return usagef("--min-share %g: want a share from 0 to 1 (0.2 for a fifth of the postings)", opts.MinShare)
	}
	var err error
	if opts.Format, err = commandFormat(cmd, "market", st.Format, marketFormats...); err != nil {
		return err
	}
	opts.Color, opts.Verbose, opts.Dicts = st.Color, st.Verbose, st.Dict
	return nil
}

func runMarket(ctx context.Context, opts *MarketOptions) error {
	var listed []string
	if opts.FilesFrom != "" {
		var err error
		if listed, err = readPathList(opts.Streams, opts.FilesFrom); err != nil {
			return err
		}
	}
	inputs := []namedInput{{"--resume ", opts.Resume}, {"--files-from ", opts.FilesFrom}}
	for _, p := range append(slices.Clone(opts.Paths), listed...) {
		inputs = append(inputs, namedInput{"the posting ", p})
	}
	for _, d := range opts.Dicts {
		inputs = append(inputs, namedInput{"--dict ", d})
	}
	out, err := openOutput(opts.Output, opts.Streams, inputs)
	if err != nil {
		return err
	}
	defer out.abort()
	paths, left := expandPaths(append(slices.Clone(opts.Paths), listed...), marketSkip(opts, out), opts.Follow)
	for _, l := range left {
		fmt.Fprintf(opts.Streams.Err, "atsmatch: warning: %s: a link out of the directory (skipped; --follow reads it)\n", render.TermSafe(l))
	}
	if len(paths) == 0 {
		return usagef("no job postings to read (the paths and --files-from named none)")
	}
	// The resume first: a missing file is the more useful error, and it
	// costs no dictionary.
	var resume *extract.Source
	if opts.Resume != "" {
		s, err := readSource(ctx, opts.Streams, opts.Resume)
		if err != nil {
			return err
		}
		resume = &s
	}
	a, err := newAnalyzer(opts.Dicts, time.Time{})
	if err != nil {
		return err
	}
	mo := ats.MarketOptions{Workers: opts.Workers}
	if resume != nil {
		if mo.Resume, err = a.PrepareResume(ctx, *resume); err != nil {
			return err
		}
	}

	tally := market.NewTally(mo.Resume.Name())
	prog := newProgress(opts.Streams, len(paths), opts.Quiet)
	prog.noun = "postings"
	err = a.Market(ctx, feedPaths(ctx, paths, nil), mo, func(p market.Posting) {
		tally.Add(p)
		if p.Error != nil {
			prog.clear()
			fmt.Fprintf(opts.Streams.Err, "atsmatch: warning: %s: %s (skipped)\n", render.TermSafe(p.Name), render.TermSafe(p.Error.Error))
		}
		prog.step()
	})
	prog.clear()
	// Interrupted: write what was read, marked partial, then exit 130.
	stopped := err != nil && ctx.Err() != nil
	if err != nil && !stopped {
		return err
	}
	res := tally.Result(market.Options{Top: opts.Top, Kind: opts.Kind, MinShare: opts.MinShare, Complete: !stopped,
		DictionaryVersion: a.DictionaryVersion(), AlgorithmVersion: ats.AlgorithmVersion})
	ro := render.Options{Color: opts.Color && opts.Output == "", Verbose: opts.Verbose, Width: opts.Streams.Width}
	if err := render.WriteMarket(out.w, opts.Format, res, ro); err != nil {
		return out.failed(err)
	}
	where, err := out.commit(!stopped)
	if err != nil {
		return err
	}
	if stopped {
		return &interruptedError{cause: err, detail: fmt.Sprintf("after %d of %d postings; the counts so far were written%s",
			tally.Jobs()+tally.Failed(), len(paths), where)}
	}
	if tally.Jobs() == 0 {
		return &marketUnreadError{total: len(paths)}
	}
	return nil
}

// marketSkip are the files a directory walk or a glob leaves out: the
// resume and the --files-from list, which are no postings, and the report
// (-o FILE and this run's temporary file).
func marketSkip(opts *MarketOptions, out *rankOutput) []fs.FileInfo {
	var skip []fs.FileInfo
	for _, p := range []string{opts.Resume, opts.FilesFrom, opts.Output} {
		if st, err := os.Stat(p); p != "" && p != "-" && err == nil {
			skip = append(skip, st)
		}
	}
	if out.file != nil {
		if st := out.file.info(); st != nil {
			skip = append(skip, st)
		}
	}
	return skip
}

// marketUnreadError is a market run in which no posting could be read.
type marketUnreadError struct{ total int }

func (e *marketUnreadError) Error() string {
	if e.total == 1 {
		return "the file could not be read as a job posting (named above)"
	}
	return fmt.Sprintf("none of the %d files could be read as a job posting (named above)", e.total)
}
