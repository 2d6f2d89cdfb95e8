package cli

import (
	"context"
	"time"

	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/spf13/cobra"
)

// strictMinConfidence is the parse confidence below which --strict refuses
// a document: under it the text is likely garbled (bad PDF encoding, OCR).
const strictMinConfidence = 0.5

// MatchOptions are everything `atsmatch match` needs, resolved.
type MatchOptions struct {
	Streams  *Streams
	Job      string // path or "-"
	Resume   string // path or "-"
	Format   render.Format
	MinScore float64 // 0 disables the threshold
	Color    bool
	Verbose  bool
	Strict   bool
	Check    bool // add the resume's ATS findings (atsmatch check)
	Dicts    []string
	Watch    bool      // re-score on every save until interrupted (watch.go)
	AsOf     time.Time // "present" in the resume's dates; zero: today
}

// matchFormats are the formats match prints.
var matchFormats = render.FormatsOf[*report.MatchResult]()

func newMatchCmd(g *globals, runF func(*MatchOptions) error) *cobra.Command {
	opts := &MatchOptions{Streams: g.streams}
	var asOf string
	cmd := &cobra.Command{
		Use:   "match --job JOB RESUME",
		Short: "Score a resume against a job description",
		Long: `Score RESUME against the job description JOB. Either may be "-" to read
standard input (not both). Files may be PDF, DOCX, HTML, Markdown or text.`,
		Example: `  atsmatch match --job job.txt resume.pdf
  atsmatch match --job job.txt --min-score 70 --format json resume.md
  atsmatch match --job job.txt --watch resume.md`,
		Args: exactArgs(1, "one RESUME file (or - for stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := g.settings(cmd)
			if err != nil {
				return err
			}
			opts.Resume = args[0]
			if opts.AsOf, err = parseAsOf(asOf); err != nil {
				return err
			}
			if opts.Job == "" {
				return &usageError{err: usagef("missing --job JOB").(*usageError).err, hint: "usage: " + cmd.UseLine()}
			}
			if opts.Job == "-" && opts.Resume == "-" {
				return usagef("the job and the resume cannot both come from stdin")
			}
			if opts.Format, err = commandFormat(cmd, "match", st.Format, matchFormats...); err != nil {
				return err
			}
			opts.MinScore = st.MinScore
			opts.Color, opts.Verbose, opts.Strict, opts.Dicts = st.Color, st.Verbose, st.Strict, st.Dict
			if opts.Watch {
				if err := checkWatch(cmd, opts); err != nil {
					return err
				}
			}
			if runF != nil {
				return runF(opts)
			}
			if opts.Watch {
				return asJSON(opts.Format, runWatch(cmd.Context(), opts))
			}
			return asJSON(opts.Format, runMatch(cmd.Context(), opts))
		},
	}
	formatFlag(cmd, matchFormats)
	f := cmd.Flags()
	f.StringVar(&opts.Job, "job", "", "job description file, or - for stdin")
	f.Float64("min-score", 0, "exit with status 1 when the score is below `N` (0-100)")
	f.BoolP("verbose", "v", false, "also show ignored job sections, matching rules and the ambiguous words not counted")
	f.Bool("strict", false, "fail (status 3) when a document was read with low confidence")
	f.BoolVar(&opts.Watch, "watch", false, "re-score and redraw the report each time the resume or job file is saved, until Ctrl-C")
	f.BoolVar(&opts.Check, "check", false, `also report the resume's ATS findings (atsmatch check) in an "ATS findings" section`)
	asOfFlag(cmd, &asOf)
	return cmd
}

func runMatch(ctx context.Context, opts *MatchOptions) error {
	// Inputs first: a missing file is the most useful error to report.
	job, err := readSource(ctx, opts.Streams, opts.Job)
	if err != nil {
		return err
	}
	resume, err := readSource(ctx, opts.Streams, opts.Resume)
	if err != nil {
		return err
	}
	a, err := newAnalyzer(opts.Dicts, opts.AsOf)
	if err != nil {
		return err
	}
	res, err := matchOrCheck(ctx, a, job, resume, opts.Check)
	if err != nil {
		return err
	}
	if opts.Strict {
		if err := strictError(res); err != nil {
			return err
		}
	}
	ro := render.Options{Color: opts.Color, Verbose: opts.Verbose, Width: opts.Streams.Width}
	if err := render.Write(opts.Streams.Out, opts.Format, res, ro); err != nil {
		return err
	}
	if opts.MinScore > 0 && res.Score < opts.MinScore {
		return &belowMinError{score: res.Score, min: opts.MinScore}
	}
	return nil
}

// strictError is --strict's verdict on res: the first document read with
// a confidence below strictMinConfidence, else nil.
func strictError(res *report.MatchResult) error {
	for _, d := range []struct {
		name string
		conf float64
	}{{res.Job.Name, res.Job.Parse.Confidence}, {res.Resume.Name, res.Resume.Parse.Confidence}} {
		if d.conf < strictMinConfidence {
			return &lowConfidenceError{file: d.name, confidence: d.conf}
		}
	}
	return nil
}

// asJSON marks err so that Main also writes it as JSON.
func asJSON(f render.Format, err error) error {
	if err != nil && f == render.JSON {
		return &jsonError{err}
	}
	return err
}
