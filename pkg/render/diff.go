package render

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// A diff (report.DiffResult, `atsmatch diff`) has its own entry point, as
// rank's batch has: it is no document of Write's, and its printers live in
// diff_text.go and diff_markdown.go; JSON is the one writer every document
// shares.

// diffFormats are the formats a diff prints, the first the default.
var diffFormats = []Format{Text, JSON, Markdown}

// DiffFormats lists the formats [WriteDiff] accepts, in a stable order: the
// one list `atsmatch diff --format` is declared and checked with.
func DiffFormats() []Format { return slices.Clone(diffFormats) }

// WriteDiff renders d in f (text, json or markdown). The text view marks
// gained terms with + and lost ones with -, coloured as `git diff` does
// when o.Color is set.
func WriteDiff(w io.Writer, f Format, d *report.DiffResult, o Options) error {
	if !slices.Contains(diffFormats, f) {
		return fmt.Errorf("render: %s format does not support %T", f, d)
	}
	if d == nil {
		return fmt.Errorf("render: nil %T", d)
	}
	switch f {
	case JSON:
		return writeJSON(w, d, o)
	case Markdown:
		m := &mdPrinter{w: bufio.NewWriter(w), o: o}
		m.diffReport(d)
		return mdFinish(m)
	}
	t := newDiffText(w, o)
	t.diff(d)
	return t.flush()
}

// WriteDiffBrief writes d in a few lines, for the top of a report that
// follows it (`match --watch` after a save): the score change and the
// names of the terms gained and lost, in text or markdown. Other formats
// write nothing: a JSON document cannot take a preamble.
func WriteDiffBrief(w io.Writer, f Format, d *report.DiffResult, o Options) error {
	if d == nil {
		return fmt.Errorf("render: nil %T", d)
	}
	switch f {
	case Text:
		t := newDiffText(w, o)
		t.brief(d)
		return t.flush()
	case Markdown:
		m := &mdPrinter{w: bufio.NewWriter(w), o: o}
		m.diffBrief(d)
		return mdFinish(m)
	}
	return nil
}

// termNames lists the names of terms, for a brief.
func termNames[T any](ts []T, name func(T) string) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = name(t)
	}
	return out
}

// tenth rounds a difference of two one-decimal scores back to one
// decimal, so that 75.0 - 60.1 prints as 14.9, never -0.0.
func tenth(x float64) float64 {
	r := math.Round(x*10) / 10
	if r == 0 {
		return 0
	}
	return r
}

// signed is a score change as +8.5, -3.0 or 0.0.
func signed(x float64) string {
	if x == 0 {
		return "0.0"
	}
	return fmt.Sprintf("%+.1f", x)
}

// requiredLabel says how the job asks for a term: required, preferred or "".
func requiredLabel(m report.MatchedTerm) string {
	switch {
	case m.Required:
		return "required"
	case m.Preferred:
		return "preferred"
	}
	return ""
}

// stateNote says where a changed term stood on its other side when that
// is not the plain opposite (missing), as in a diff of two jobs.
func stateNote(c report.TermChange) string {
	switch {
	case c.Before == report.TermNotAsked:
		return "newly asked"
	case c.After == report.TermNotAsked:
		return "no longer asked"
	}
	return ""
}

// diffSides names the two sides of d for a heading: "old.md → new.md
// against job.txt", or "cv.md against a.txt → b.txt".
func diffSides(d *report.DiffResult, clean func(string) string) string {
	b, a := d.Before, d.After
	if d.Compare == report.CompareJobs {
		return fmt.Sprintf("%s against %s → %s", clean(a.Resume.Name), clean(b.Job.Name), clean(a.Job.Name))
	}
	if b.Job.Name != a.Job.Name { // both differ: say so
		return fmt.Sprintf("%s against %s → %s against %s", clean(b.Resume.Name), clean(b.Job.Name), clean(a.Resume.Name), clean(a.Job.Name))
	}
	return fmt.Sprintf("%s → %s against %s", clean(b.Resume.Name), clean(a.Resume.Name), clean(a.Job.Name))
}

// evidenceLabels are the words before "line N" for a gained and a lost
// term's resume evidence: the new and old resume, or the one resume.
func evidenceLabels(d *report.DiffResult) (gained, lost string) {
	if d.Compare == report.CompareJobs {
		return "resume", "resume"
	}
	return "new", "old"
}

// statusLabels name the side of a status change's evidence lines: the
// new and old resume, or, in a diff of two jobs, the after and before
// job by name (its lines are the jobs').
func statusLabels(d *report.DiffResult, clean func(string) string) (added, removed string) {
	if d.Compare == report.CompareJobs {
		return clean(d.After.Job.Name), clean(d.Before.Job.Name)
	}
	return "new", "old"
}
