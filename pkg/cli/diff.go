package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/atsmatch/atsmatch/pkg/delta"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/spf13/cobra"
)

// DiffOptions are everything `atsmatch diff` needs, resolved.
type DiffOptions struct {
	Streams *Streams
	// Jobs and Resumes are one job and two resumes (OLD, NEW), or two jobs
	// (A, B) and one resume; paths or "-" (one at most).
	Jobs     []string
	Resumes  []string
	Format   render.Format
	MinScore float64 // 0 disables the threshold; it applies to the after side
	Color    bool
	Verbose  bool
	Strict   bool
	Dicts    []string
	AsOf     time.Time // "present" in the resumes' dates; zero: today
	Check    bool      // also compare the resumes' ATS findings (atsmatch check)
}

// diffFormats are the formats diff prints.
var diffFormats = render.DiffFormats()

func newDiffCmd(g *globals, runF func(*DiffOptions) error) *cobra.Command {
	opts := &DiffOptions{Streams: g.streams}
	var asOf string
	cmd := &cobra.Command{
		Use:   "diff --job JOB OLD NEW",
		Short: "Compare two versions of a resume, or two jobs, term by term",
		Long: `Score the resumes OLD and NEW against the job description JOB and print what
changed: the score before and after, and the terms gained and lost, each with
the resume line that made the difference.

With two --job flags, score one RESUME against both jobs instead
(--job A --job B RESUME): the terms one job asks for and the other does not
are listed too. Requirements (job title, education, years of experience)
whose status changed are listed with the line that made the difference, and
with --check the ATS findings (atsmatch check) whose status changed. One
input may be "-" to read standard input.`,
		Example: `  atsmatch diff --job job.txt resume-v1.pdf resume-v2.pdf
  atsmatch diff --job acme.txt --job globex.txt resume.pdf
  atsmatch diff --job job.txt --min-score 70 --format json old.md new.md`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := g.settings(cmd)
			if err != nil {
				return err
			}
			if err := diffInputs(cmd, opts, args); err != nil {
				return err
			}
			if opts.AsOf, err = parseAsOf(asOf); err != nil {
				return err
			}
			if opts.Format, err = commandFormat(cmd, "diff", st.Format, diffFormats...); err != nil {
				return err
			}
			opts.MinScore = st.MinScore
			opts.Color, opts.Verbose, opts.Strict, opts.Dicts = st.Color, st.Verbose, st.Strict, st.Dict
			if runF != nil {
				return runF(opts)
			}
			return asJSON(opts.Format, runDiff(cmd.Context(), opts))
		},
	}
	formatFlag(cmd, diffFormats)
	f := cmd.Flags()
	f.StringArrayVar(&opts.Jobs, "job", nil, "job description file, or - for stdin; twice to compare two jobs")
	f.Float64("min-score", 0, "exit with status 1 when the NEW score (the second job's) is below `N` (0-100)")
	f.BoolP("verbose", "v", false, "also show every evidence line, the job lines and the versions")
	f.Bool("strict", false, "fail (status 3) when a document was read with low confidence")
	f.BoolVar(&opts.Check, "check", false, "also list the ATS findings (atsmatch check) whose status changed")
	asOfFlag(cmd, &asOf)
	return cmd
}

// diffInputs checks the jobs and arguments: one job and two resumes, or
// two jobs and one resume, with stdin for one of them at most.
func diffInputs(cmd *cobra.Command, opts *DiffOptions, args []string) error {
	hint := "usage: " + cmd.UseLine() + ", or diff --job A --job B RESUME"
	switch len(opts.Jobs) {
	case 0:
		return &usageError{err: fmt.Errorf("missing --job JOB"), hint: hint}
	case 1:
		if len(args) != 2 {
			return &usageError{err: fmt.Errorf("diff with one --job needs the OLD and NEW resume files (got %d arguments)", len(args)), hint: hint}
		}
	case 2:
		if len(args) != 1 {
			return &usageError{err: fmt.Errorf("diff with two --job flags needs one RESUME file (got %d arguments)", len(args)), hint: hint}
		}
	default:
		return &usageError{err: fmt.Errorf("--job given %d times: give one job (and OLD NEW) or two jobs (and one RESUME)", len(opts.Jobs)), hint: hint}
	}
	opts.Resumes = args
	stdin := 0
	for _, p := range append(append([]string(nil), opts.Jobs...), args...) {
		if p == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return usagef("only one input can come from stdin (-)")
	}
	return nil
}

func runDiff(ctx context.Context, opts *DiffOptions) error {
	// Inputs first, each read once: a missing file is the most useful error.
	var srcs []extract.Source
	for _, p := range append(append([]string(nil), opts.Jobs...), opts.Resumes...) {
		s, err := readSource(ctx, opts.Streams, p)
		if err != nil {
			return err
		}
		srcs = append(srcs, s)
	}
	a, err := newAnalyzer(opts.Dicts, opts.AsOf)
	if err != nil {
		return err
	}
	// The pairs to score: (job, OLD) and (job, NEW), or (A, resume) and (B, resume).
	pairs := [2][2]extract.Source{{srcs[0], srcs[1]}, {srcs[0], srcs[2]}}
	if len(opts.Jobs) == 2 {
		pairs = [2][2]extract.Source{{srcs[0], srcs[2]}, {srcs[1], srcs[2]}}
	}
	var res [2]*report.MatchResult
	for i, p := range pairs {
		if res[i], err = matchOrCheck(ctx, a, p[0], p[1], opts.Check); err != nil {
			return err
		}
		if opts.Strict {
			if err := strictError(res[i]); err != nil {
				return err
			}
		}
	}
	d := delta.Compare(res[0], res[1])
	ro := render.Options{Color: opts.Color, Verbose: opts.Verbose, Width: opts.Streams.Width}
	if err := render.WriteDiff(opts.Streams.Out, opts.Format, d, ro); err != nil {
		return err
	}
	if opts.MinScore > 0 && d.After.Score < opts.MinScore {
		return &belowMinError{score: d.After.Score, min: opts.MinScore}
	}
	return nil
}
