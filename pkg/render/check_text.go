package render

// `atsmatch check` as text, and the "ATS findings" section `match --check`
// adds to the match report.

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// Finding statuses as report.Finding.Status spells them.
const (
	statusPass = "pass"
	statusWarn = "warn"
	statusFail = "fail"
)

// maxLinesShown is how many line numbers a finding lists before "…".
const maxLinesShown = 8

// checkOrder lists findings fail first, then warn, then pass, each in the
// report's order: what to fix comes first.
func checkOrder(cs []report.Finding) []report.Finding {
	out := slices.Clone(cs)
	slices.SortStableFunc(out, func(a, b report.Finding) int { return statusRank(b.Status) - statusRank(a.Status) })
	return out
}

func statusRank(s string) int {
	switch s {
	case statusFail:
		return 2
	case statusWarn:
		return 1
	}
	return 0
}

// kindLabel is a document kind in words: "job posting".
func kindLabel(k string) string { return strings.ReplaceAll(k, "-", " ") }

func (t *textPrinter) check(r *report.CheckResult) {
	p := t.p
	t.printf("%s\n", p.title.Sprintf("ATS check: %s", clean(r.Document.Name)))
	d := r.Document.Parse
	pages := ""
	if d.Pages > 0 {
		pages = fmt.Sprintf(", %d %s", d.Pages, plural(d.Pages, "page"))
	}
	kind := "reads as a resume"
	switch r.Kind {
	case "resume":
	case "other":
		kind = p.bad.Sprint("does not read as a resume")
	default:
		kind = p.bad.Sprintf("reads as a %s, not a resume", kindLabel(r.Kind))
	}
	t.printf("%s · %s%s, %d words · %s\n", kind, d.Format, pages, d.Words, t.tally(r.Summary))
	if j := r.Job; j != nil {
		t.printf("Job %s: keyword score %s, hard %d/%d, soft %d/%d\n", clean(j.Name), t.scoreColor(j.Score).Sprintf("%.1f", j.Score),
			j.Coverage.HardMatched, j.Coverage.HardTotal, j.Coverage.SoftMatched, j.Coverage.SoftTotal)
	}
	t.findings(checkOrder(r.Checks), r.Lines, true)
	// With a job, its requirements close the report, as in match.
	t.requirements(r.Requirements, r.AsOf)
}

// tally is "18 pass, 6 warn, 2 fail", coloured.
func (t *textPrinter) tally(s report.CheckSummary) string {
	return fmt.Sprintf("%s pass, %s warn, %s fail", t.p.good.Sprint(s.Pass), t.p.warn.Sprint(s.Warn), t.p.bad.Sprint(s.Fail))
}

// findings prints each finding under a heading per status; passes in
// full only when all is set (match --check lists the problems).
func (t *textPrinter) findings(cs []report.Finding, lines []string, all bool) {
	w := 0
	for _, c := range cs {
		w = max(w, utf8.RuneCountInString(c.ID))
	}
	status := ""
	for _, c := range cs {
		if c.Status != status {
			status = c.Status
			n := 0
			for _, x := range cs {
				if x.Status == status {
					n++
				}
			}
			if status == statusPass && !all {
				t.printf("\n  %s\n", t.p.dim.Sprintf("%d %s passed (atsmatch check lists them)", n, plural(n, "check")))
				return
			}
			t.printf("\n%s\n", t.statusColor(status).Sprintf("%s (%d)", statusTitle(status), n))
		}
		mark := t.statusColor(c.Status).Sprint(statusMark(c.Status))
		head := fmt.Sprintf("  %s %s%s  ", mark, c.ID, pad(c.ID, w))
		room := t.o.width() - 6 - w
		t.printf("%s%s\n", head, wrap(clean(c.Message), room, strings.Repeat(" ", w+6)))
		if c.Status == statusPass && !t.o.Verbose {
			continue
		}
		t.findingLines(c.Lines, lines)
		if c.Fix != "" {
			t.printf("      %s%s\n", t.p.dim.Sprint("fix: "), wrap(clean(c.Fix), t.o.width()-11, "           "))
		}
	}
}

// findingLines lists a finding's lines and quotes the first (every one,
// up to maxLinesShown, when verbose).
func (t *textPrinter) findingLines(ls []int, text []string) {
	if len(ls) == 0 {
		return
	}
	quote := func(n int) string {
		if n < 1 || n > len(text) {
			return ""
		}
		return shorten(clean(strings.TrimSpace(text[n-1])), "", t.o.width()-20)
	}
	if t.o.Verbose {
		for i, n := range ls {
			if i == maxLinesShown {
				t.printf("      %s\n", t.p.dim.Sprintf("… %d more lines", len(ls)-i))
				break
			}
			t.printf("      %s\"%s\"\n", t.p.dim.Sprintf("line %d: ", n), quote(n))
		}
		return
	}
	label := lineLabels(ls)
	if q := quote(ls[0]); q != "" {
		room := t.o.width() - 6 - utf8.RuneCountInString(label) - 4
		t.printf("      %s\"%s\"\n", t.p.dim.Sprint(label+": "), shorten(q, "", room))
		return
	}
	t.printf("      %s\n", t.p.dim.Sprint(label))
}

// lineLabels is "line 3" or "lines 3, 7, 12, …".
func lineLabels(ls []int) string {
	var parts []string
	for i, n := range ls {
		if i == maxLinesShown {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, fmt.Sprint(n))
	}
	return plural(len(ls), "line") + " " + strings.Join(parts, ", ")
}

func (t *textPrinter) statusColor(s string) *color.Color {
	switch s {
	case statusFail:
		return t.p.bad
	case statusWarn:
		return t.p.warn
	}
	return t.p.good
}

func statusMark(s string) string {
	switch s {
	case statusFail:
		return "✗"
	case statusWarn:
		return "!"
	}
	return "✓"
}

func statusTitle(s string) string {
	switch s {
	case statusFail:
		return "Fail"
	case statusWarn:
		return "Warn"
	}
	return "Pass"
}

// atsFindings is the "ATS findings" section of a match report (match
// --check): the problems in full, the passes counted.
func (t *textPrinter) atsFindings(r *report.MatchResult) {
	f := r.ATSFindings
	if f == nil {
		return
	}
	t.printf("\n%s  %s\n", t.p.title.Sprint("ATS findings"), t.tally(f.Summary))
	t.findings(checkOrder(f.Checks), r.ResumeLines, false)
}
