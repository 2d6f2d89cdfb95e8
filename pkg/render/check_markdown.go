package render

// `atsmatch check` as Markdown, and the "ATS findings" section `match
// --check` adds to the match report.

import (
	"fmt"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

func (m *mdPrinter) check(r *report.CheckResult) {
	m.printf("# ATS check: %s\n\n", mdText(r.Document.Name))
	d := r.Document.Parse
	pages := ""
	if d.Pages > 0 {
		pages = fmt.Sprintf(", %d %s", d.Pages, plural(d.Pages, "page"))
	}
	kind := "Reads as a resume"
	switch r.Kind {
	case "resume":
	case "other":
		kind = "**Does not read as a resume**"
	default:
		kind = fmt.Sprintf("**Reads as a %s, not a resume**", kindLabel(r.Kind))
	}
	m.printf("%s · %s%s, %d words · %s\n", kind, mdText(d.Format), pages, d.Words, mdTally(r.Summary))
	if j := r.Job; j != nil {
		m.printf("\nJob %s: keyword score **%.1f**, hard %d/%d, soft %d/%d\n", mdText(j.Name), j.Score,
			j.Coverage.HardMatched, j.Coverage.HardTotal, j.Coverage.SoftMatched, j.Coverage.SoftTotal)
	}
	m.printf("\n")
	m.findings(checkOrder(r.Checks), r.Lines, true)
	// With a job, its requirements close the report, as in match.
	m.requirements(r.Requirements, r.AsOf)
}

func mdTally(s report.CheckSummary) string {
	return fmt.Sprintf("%d pass, %d warn, %d fail", s.Pass, s.Warn, s.Fail)
}

// findings writes one table row per finding (passes only when all is set).
func (m *mdPrinter) findings(cs []report.Finding, lines []string, all bool) {
	passed := 0
	for i, c := range cs {
		if c.Status == statusPass && !all {
			passed++
			continue
		}
		if i == 0 {
			m.header("Status", "Check", "Finding", "Lines", "Fix")
		}
		m.row(statusMark(c.Status)+" "+c.Status, c.ID, c.Message, mdLines(c.Lines, lines), c.Fix)
	}
	switch {
	case passed > 0 && passed == len(cs):
		m.printf("Every check passed (%d).\n", passed)
	case passed > 0:
		m.printf("\n%d %s passed (`atsmatch check` lists them).\n", passed, plural(passed, "check"))
	}
}

// mdLines is "3, 7, 12" with the first line quoted.
func mdLines(ls []int, text []string) string {
	if len(ls) == 0 {
		return ""
	}
	s := strings.TrimPrefix(strings.TrimPrefix(lineLabels(ls), "lines "), "line ")
	if n := ls[0]; n >= 1 && n <= len(text) {
		s += ": " + shorten(strings.TrimSpace(text[n-1]), "", 60)
	}
	return s
}

// atsFindings is the "ATS findings" section of a match report.
func (m *mdPrinter) atsFindings(r *report.MatchResult) {
	f := r.ATSFindings
	if f == nil {
		return
	}
	m.printf("\n## ATS findings\n\n%s\n\n", mdTally(f.Summary))
	m.findings(checkOrder(f.Checks), r.ResumeLines, false)
}
