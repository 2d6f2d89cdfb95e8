package render

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// mdFinish flushes m, or returns its first error.
func mdFinish(m *mdPrinter) error {
	if m.err != nil {
		return m.err
	}
	return m.w.Flush()
}

func (m *mdPrinter) diffReport(d *report.DiffResult) {
	m.printf("# ATS diff: %s\n\n", diffSides(d, mdText))
	b, a := d.Before, d.After
	m.header("", "Before", "After", "Change")
	m.row("Score", fmt.Sprintf("%.1f", b.Score), fmt.Sprintf("**%.1f**", a.Score), signed(d.Delta))
	for _, k := range []struct {
		name           string
		before, after  float64
		bm, bt, am, at int
	}{
		{"Hard skills", b.Subscores.Hard, a.Subscores.Hard, b.Coverage.HardMatched, b.Coverage.HardTotal, a.Coverage.HardMatched, a.Coverage.HardTotal},
		{"Soft skills", b.Subscores.Soft, a.Subscores.Soft, b.Coverage.SoftMatched, b.Coverage.SoftTotal, a.Coverage.SoftMatched, a.Coverage.SoftTotal},
	} {
		ch := ""
		if k.bt > 0 && k.at > 0 {
			ch = signed(tenth(k.after - k.before))
		}
		m.row(k.name, subscoreCell(k.before, k.bm, k.bt), subscoreCell(k.after, k.am, k.at), ch)
	}

	newLabel, oldLabel := evidenceLabels(d)
	jobs := d.Compare == report.CompareJobs
	m.termChanges("Gained", "Before", newLabel, d.Gained, jobs, func(c report.TermChange) string { return c.Before })
	m.termChanges("Lost", "After", oldLabel, d.Lost, jobs, func(c report.TermChange) string { return c.After })
	if jobs || len(d.NewMissing)+len(d.DroppedMissing) > 0 {
		m.diffMissing("Newly asked, missing", d.NewMissing)
		m.diffMissing("No longer asked, was missing", d.DroppedMissing)
	}
	added, removed := statusLabels(d, func(s string) string { return s })
	m.statusChanges("Requirements", d.Requirements, added, removed)
	m.statusChanges("Findings", d.Findings, added, removed)
	m.printf("\n<sub>dictionary %s · algorithm %s</sub>\n", mdText(d.DictionaryVersion), mdText(d.AlgorithmVersion))
}

// termChanges is the table of gained or lost terms; state says where each
// stood on the other side.
func (m *mdPrinter) termChanges(title, stateCol, label string, cs []report.TermChange, jobs bool, state func(report.TermChange) string) {
	m.printf("\n## %s (%d)\n\n", title, len(cs))
	if len(cs) == 0 {
		m.printf("None.\n")
		return
	}
	cols := []string{"Term", "Kind", "Required", "How", stateCol}
	if jobs {
		cols = append(cols, "Job evidence")
	}
	m.header(append(cols, "Resume evidence")...)
	for _, c := range cs {
		cells := []string{askName(c.Term, c.Alternatives, c.Open), c.Kind, cmp.Or(requiredLabel(c.MatchedTerm), "no"), howText(c.MatchedTerm), strings.ReplaceAll(state(c), "_", " ")}
		if jobs {
			cells = append(cells, evidenceCell(c.JobEvidence))
		}
		ev := evidenceCell(c.ResumeEvidence)
		if ev != "" {
			ev = label + " " + ev
		}
		m.row(append(cells, ev)...)
	}
}

// diffMissing is the table of terms one job names that the resume lacks.
func (m *mdPrinter) diffMissing(title string, ms []report.MissingTerm) {
	m.printf("\n## %s (%d)\n\n", title, len(ms))
	if len(ms) == 0 {
		m.printf("None.\n")
		return
	}
	m.header("Term", "Kind", "Required", "Job evidence", "Suggestion")
	for _, t := range ms {
		m.row(askName(t.Term, t.Alternatives, t.Open), t.Kind, cmp.Or(requiredLabel(report.MatchedTerm{Required: t.Required, Preferred: t.Preferred}), "no"), evidenceCell(t.JobEvidence), t.Suggestion)
	}
}

// statusChanges is the table of requirements or findings whose status
// changed; nothing when the reports carry none. An Evidence column, the
// first line each side cites and the other does not, when any has one.
func (m *mdPrinter) statusChanges(title string, cs []report.StatusChange, added, removed string) {
	if len(cs) == 0 {
		return
	}
	ev := false
	for _, s := range cs {
		ev = ev || len(s.EvidenceAdded)+len(s.EvidenceRemoved) > 0
	}
	m.printf("\n## %s (%d)\n\n", title, len(cs))
	cols := []string{"Check", "Before", "After", "Message"}
	if ev {
		cols = append(cols, "Evidence")
	}
	m.header(cols...)
	for _, s := range cs {
		cells := []string{s.ID, orNone(s.Before), orNone(s.After), s.Message}
		if ev {
			var parts []string
			if c := evidenceCell(s.EvidenceAdded); c != "" {
				parts = append(parts, "+ "+added+" "+c)
			}
			if c := evidenceCell(s.EvidenceRemoved); c != "" {
				parts = append(parts, "- "+removed+" "+c)
			}
			cells = append(cells, strings.Join(parts, "; "))
		}
		m.row(cells...)
	}
}

// diffBrief is the diff as one quoted line, for the top of a watched report.
func (m *mdPrinter) diffBrief(d *report.DiffResult) {
	if d.Delta == 0 && len(d.Gained)+len(d.Lost)+len(d.Requirements) == 0 {
		m.printf("> **Since the last save:** no change (score %.1f)\n\n", d.After.Score)
		return
	}
	m.printf("> **Since the last save:** score %.1f → %.1f (%s)", d.Before.Score, d.After.Score, signed(d.Delta))
	name := func(c report.TermChange) string { return mdText(c.Term) }
	if len(d.Gained) > 0 {
		m.printf("; gained %s", strings.Join(termNames(d.Gained, name), ", "))
	}
	if len(d.Lost) > 0 {
		m.printf("; lost %s", strings.Join(termNames(d.Lost, name), ", "))
	}
	for _, c := range d.Requirements {
		m.printf("; %s", statusStep(c, mdText))
	}
	m.printf("\n\n")
}
