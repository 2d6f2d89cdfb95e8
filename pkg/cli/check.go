package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/spf13/cobra"
)

// CheckOptions are everything `atsmatch check` needs, resolved.
type CheckOptions struct {
	Streams *Streams
	Resume  string // path or "-"
	Job     string // path or "-"; "" checks the resume alone
	Format  render.Format
	FailOn  string // "", "warn" or "fail": exit 1 at a finding this bad or worse
	Color   bool
	Verbose bool
	Dicts   []string
	AsOf    time.Time // "present" in the resume's dates, with a job; zero: today
}

// checkFormats are the formats check prints.
var checkFormats = render.FormatsOf[*report.CheckResult]()

// failOnLevels are --fail-on's values, mildest first.
var failOnLevels = []string{"warn", "fail"}

func newCheckCmd(g *globals, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{Streams: g.streams}
	var asOf string
	cmd := &cobra.Command{
		Use:   "check RESUME [--job JOB]",
		Short: "Report what an ATS parser would make of a resume: contact, sections, dates, layout, content",
		Long: `Check RESUME ("-" reads stdin) the way an applicant tracking system's parser
reads it: contact details, standard section headings, date ranges, layout
(columns, tables, pictures, headers and footers, glyphs, pages, file) and
content (length, measurable results, weak openings, pronouns, repeated
words, clichés), and whether it reads as a resume at all. Each finding has
an id, a status (pass, warn, fail), the lines it is about and a fix. With
--job, the keyword match against the job is one more finding, and the job's
requirements (title, education, years of experience, knockouts) are shown as
match shows them.`,
		Example: `  atsmatch check resume.pdf
  atsmatch check --job job.txt --format json resume.docx
  atsmatch check --fail-on fail resume.pdf   # exit 1 when a check fails (CI)`,
		Args: exactArgs(1, "one RESUME file (or - for stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := g.settings(cmd)
			if err != nil {
				return err
			}
			opts.Resume = args[0]
			if opts.Job == "-" && opts.Resume == "-" {
				return usagef("the job and the resume cannot both come from stdin")
			}
			if opts.Format, err = commandFormat(cmd, "check", st.Format, checkFormats...); err != nil {
				return err
			}
			if opts.FailOn != "" && opts.FailOn != failOnLevels[0] && opts.FailOn != failOnLevels[1] {
				return usagef("--fail-on %q: want warn or fail", opts.FailOn)
			}
			if opts.AsOf, err = parseAsOf(asOf); err != nil {
				return err
			}
			opts.Color, opts.Verbose, opts.Dicts = st.Color, st.Verbose, st.Dict
			if runF != nil {
				return runF(opts)
			}
			return asJSON(opts.Format, runCheck(cmd.Context(), opts))
		},
	}
	formatFlag(cmd, checkFormats)
	f := cmd.Flags()
	f.StringVar(&opts.Job, "job", "", "also match against the job description `JOB` (or - for stdin)")
	f.StringVar(&opts.FailOn, "fail-on", "", "exit with status 1 at a finding of `LEVEL` or worse: warn or fail")
	f.BoolP("verbose", "v", false, "also show the lines and fixes of the checks that pass, and every cited line")
	asOfFlag(cmd, &asOf)
	return cmd
}

func runCheck(ctx context.Context, opts *CheckOptions) error {
	resume, err := readSource(ctx, opts.Streams, opts.Resume)
	if err != nil {
		return err
	}
	var res *report.CheckResult
	if opts.Job == "" {
		// No dictionary to load: the checks read the resume alone.
		if res, err = ats.Check(ctx, resume, extract.Limits{}); err != nil {
			return err
		}
	} else {
		job, err := readSource(ctx, opts.Streams, opts.Job)
		if err != nil {
			return err
		}
		a, err := newAnalyzer(opts.Dicts, opts.AsOf)
		if err != nil {
			return err
		}
		j, err := a.PrepareJob(ctx, job)
		if err != nil {
			return err
		}
		if res, _, err = a.CheckMatch(ctx, j, resume); err != nil {
			return err
		}
	}
	ro := render.Options{Color: opts.Color, Verbose: opts.Verbose, Width: opts.Streams.Width}
	if err := render.Write(opts.Streams.Out, opts.Format, res, ro); err != nil {
		return err
	}
	return failOn(opts.FailOn, res.Summary)
}

// failOn is the --fail-on gate: a checkFailedError when a finding is at
// level or worse.
func failOn(level string, s report.CheckSummary) error {
	switch {
	case level == "fail" && s.Fail > 0, level == "warn" && s.Fail+s.Warn > 0:
		return &checkFailedError{level: level, warn: s.Warn, fail: s.Fail}
	}
	return nil
}

// checkFailedError is a check at or above --fail-on; exit status 1.
type checkFailedError struct {
	level      string
	warn, fail int
}

func (e *checkFailedError) Error() string {
	if e.level == "warn" {
		return fmt.Sprintf("%d %s failed and %d warned (--fail-on warn)", e.fail, plural(e.fail, "check"), e.warn)
	}
	return fmt.Sprintf("%d %s failed (--fail-on fail)", e.fail, plural(e.fail, "check"))
}

// matchOrCheck is match's analysis: with --check, the match carries the
// resume's findings (the resume analysed once).
func matchOrCheck(ctx context.Context, a *ats.Analyzer, job, resume extract.Source, withCheck bool) (*report.MatchResult, error) {
	if !withCheck {
		return a.Match(ctx, job, resume)
	}
	j, err := a.PrepareJob(ctx, job)
	if err != nil {
		return nil, err
	}
	c, m, err := a.CheckMatch(ctx, j, resume)
	if err != nil {
		return nil, err
	}
	// job.keywords is what the match report itself says.
	f := withoutFinding(c.Findings, "job.keywords")
	m.ATSFindings = &f
	return m, nil
}

// withoutFinding drops the finding id and counts the rest again.
func withoutFinding(f report.Findings, id string) report.Findings {
	out := report.Findings{Kind: f.Kind, Checks: make([]report.Finding, 0, len(f.Checks))}
	for _, c := range f.Checks {
		if c.ID == id {
			continue
		}
		out.Checks = append(out.Checks, c)
		switch c.Status {
		case "pass":
			out.Summary.Pass++
		case "warn":
			out.Summary.Warn++
		case "fail":
			out.Summary.Fail++
		}
	}
	return out
}
