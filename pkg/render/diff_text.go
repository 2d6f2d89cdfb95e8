package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// diffPalette is git diff's: bold headers, cyan section lines, green for
// what the after side has, red for what it lost.
type diffPalette struct {
	head, section, add, del, note *color.Color
}

func newDiffPalette(on bool) diffPalette {
	p := diffPalette{
		head:    color.New(color.Bold),
		section: color.New(color.FgCyan),
		add:     color.New(color.FgGreen),
		del:     color.New(color.FgRed),
		note:    color.New(color.FgYellow),
	}
	for _, c := range []*color.Color{p.head, p.section, p.add, p.del, p.note} {
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}

// diffText is the text printer's writer and helpers with diff colours.
type diffText struct {
	*textPrinter
	d diffPalette
}

func newDiffText(w io.Writer, o Options) *diffText {
	return &diffText{textPrinter: &textPrinter{w: bufio.NewWriter(w), o: o, p: newPalette(o.Color)}, d: newDiffPalette(o.Color)}
}

func (t *diffText) flush() error {
	if t.err != nil {
		return t.err
	}
	return t.w.Flush()
}

// change colours a score change by its sign.
func (t *diffText) change(x float64) string {
	switch {
	case x > 0:
		return t.d.add.Sprint(signed(x))
	case x < 0:
		return t.d.del.Sprint(signed(x))
	}
	return signed(x)
}

func (t *diffText) diff(d *report.DiffResult) {
	t.printf("%s\n", t.d.head.Sprintf("ATS diff: %s", diffSides(d, clean)))
	b, a := d.Before, d.After
	ch := t.change(d.Delta)
	if d.Delta == 0 {
		ch = t.p.dim.Sprint("no change")
	}
	t.printf("Score %.1f → %s  %s\n", b.Score, t.scoreColor(a.Score).Sprintf("%.1f", a.Score), ch)
	jobs := "the job names"
	if d.Compare == report.CompareJobs || b.Job.Name != a.Job.Name {
		jobs = "neither job names"
	}
	t.subscoreChange(jobs, "hard", b.Subscores.Hard, a.Subscores.Hard, b.Coverage.HardMatched, b.Coverage.HardTotal, a.Coverage.HardMatched, a.Coverage.HardTotal)
	t.subscoreChange(jobs, "soft", b.Subscores.Soft, a.Subscores.Soft, b.Coverage.SoftMatched, b.Coverage.SoftTotal, a.Coverage.SoftMatched, a.Coverage.SoftTotal)
	warned := map[string]bool{} // a document both sides share is warned of once
	for _, doc := range []struct {
		role string
		doc  report.Document
	}{{"job", b.Job}, {"resume", b.Resume}, {"job", a.Job}, {"resume", a.Resume}} {
		key := doc.role + "\x00" + doc.doc.Name
		if doc.doc.Parse.Confidence < lowConfidence && doc.doc.Parse.Format != "" && !warned[key] {
			warned[key] = true
			t.printf("  %s\n", t.p.warn.Sprintf("! %s %s was read with low confidence (%.2f): its terms may be incomplete", doc.role, clean(doc.doc.Name), doc.doc.Parse.Confidence))
		}
	}

	newLabel, oldLabel := evidenceLabels(d)
	twoJobs := d.Compare == report.CompareJobs
	t.changes("Gained", "+", t.d.add, d.Gained, newLabel, twoJobs)
	t.changes("Lost", "-", t.d.del, d.Lost, oldLabel, twoJobs)
	t.missing("Newly asked, missing", "!", t.d.note, d.NewMissing)
	t.missing("No longer asked, was missing", " ", t.p.dim, d.DroppedMissing)
	added, removed := statusLabels(d, clean)
	t.statuses("Requirements", d.Requirements, added, removed)
	t.statuses("Findings", d.Findings, added, removed)

	if len(d.Gained)+len(d.Lost)+len(d.NewMissing)+len(d.DroppedMissing)+len(d.Requirements)+len(d.Findings) == 0 {
		t.printf("\n%s\n", t.p.dim.Sprint("No term changed."))
	}
	if t.o.Verbose {
		t.printf("\n%s\n", t.p.dim.Sprintf("dictionary %s, algorithm %s", d.DictionaryVersion, d.AlgorithmVersion))
	}
}

// subscoreChange prints one kind's sub-scores on both sides, aligned
// with the other kind's line; a side whose job names no term of the kind
// shows "-", as match does.
func (t *diffText) subscoreChange(jobs, kind string, before, after float64, bm, bt, am, at int) {
	if bt == 0 && at == 0 {
		t.printf("  %s  %s\n", kind, t.p.dim.Sprintf("%s no %s skills", jobs, kind))
		return
	}
	side := func(score float64, total int) string {
		if total == 0 {
			return "    -"
		}
		return fmt.Sprintf("%5.1f", score)
	}
	ch := "" // no change to show when one side has no such skills
	if bt > 0 && at > 0 {
		x := tenth(after - before)
		ch = t.change(x)
		ch = strings.Repeat(" ", max(0, 6-len(signed(x)))) + ch
	} else {
		ch = strings.Repeat(" ", 6)
	}
	t.printf("  %s %s → %s  %s  %d/%d → %d/%d terms\n", kind, side(before, bt), side(after, at), ch, bm, bt, am, at)
}

// changes prints gained or lost terms, each with the evidence that made
// the difference: the resume line (and, in a diff of two jobs, the job
// line that asks for it).
func (t *diffText) changes(title, mark string, c *color.Color, cs []report.TermChange, label string, jobs bool) {
	if len(cs) == 0 {
		return
	}
	t.printf("\n%s\n", t.d.section.Sprintf("%s (%d)", title, len(cs)))
	w := termColumn(len(cs), func(i int) string { return cs[i].Term })
	for _, ch := range cs {
		term := clean(ch.Term)
		line := fmt.Sprintf("%s  %-4s  %-10s", padTerm(term, w, 2), clean(ch.Kind), clean(howText(ch.MatchedTerm)))
		for _, s := range []string{requiredLabel(ch.MatchedTerm), stateNote(ch)} {
			if s != "" {
				line += "  " + s
			}
		}
		t.printf("%s%s\n", c.Sprintf("%s %s", mark, term), strings.TrimRight(line, " "))
		t.alternativesAt(ch.Alternatives, ch.Open)
		if jobs || t.o.Verbose {
			t.evidence("    job ", ch.JobEvidence)
		}
		t.evidence("    "+label+" ", ch.ResumeEvidence)
	}
}

// missing prints the terms one job names that the resume lacks.
func (t *diffText) missing(title, mark string, c *color.Color, ms []report.MissingTerm) {
	if len(ms) == 0 {
		return
	}
	t.printf("\n%s\n", t.d.section.Sprintf("%s (%d)", title, len(ms)))
	w := termColumn(len(ms), func(i int) string { return ms[i].Term })
	for _, m := range ms {
		term := clean(m.Term)
		req := requiredLabel(report.MatchedTerm{Required: m.Required, Preferred: m.Preferred})
		if req != "" {
			req = "  " + req
		}
		t.printf("%s%s  %-4s%s\n", c.Sprintf("%s %s", mark, term), padTerm(term, w, 2), clean(m.Kind), req)
		t.alternativesAt(m.Alternatives, m.Open)
		t.evidence("    job ", m.JobEvidence)
	}
}

// alternativesAt is match's "or:" line of an ask's other members,
// indented as the diff's evidence lines.
func (t *diffText) alternativesAt(alts []string, open bool) {
	if len(alts) > 0 {
		t.printf("    %s\n", wrap("or: "+clean(alternativesText(alts, open)), t.o.width()-4, "        "))
	}
}

// statuses prints the requirements or findings whose status changed,
// each with the lines that made the difference: + the after side's, -
// the before side's, labelled added and removed.
func (t *diffText) statuses(title string, cs []report.StatusChange, added, removed string) {
	if len(cs) == 0 {
		return
	}
	t.printf("\n%s\n", t.d.section.Sprintf("%s (%d)", title, len(cs)))
	w := termColumn(len(cs), func(i int) string { return cs[i].ID })
	for _, s := range cs {
		id := clean(s.ID)
		t.printf("~ %s%s  %s → %s", t.p.term.Sprint(id), pad(id, w), orNone(clean(s.Before)), orNone(clean(s.After)))
		// A message wider than the room left goes whole on a line of its
		// own: its end may be what matters ("3 of 5+ years in Java").
		switch msg := clean(s.Message); {
		case msg == "":
			t.printf("\n")
		case utf8.RuneCountInString(msg) <= max(20, t.o.width()-w-30):
			t.printf("  %s\n", t.p.dim.Sprint(msg))
		default:
			t.printf("\n    %s\n", t.p.dim.Sprint(msg))
		}
		t.evidence("    + "+added+" ", s.EvidenceAdded)
		t.evidence("    - "+removed+" ", s.EvidenceRemoved)
	}
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// brief is the diff in a few lines, for the top of a watched report.
func (t *diffText) brief(d *report.DiffResult) {
	if d.Delta == 0 && len(d.Gained)+len(d.Lost)+len(d.Requirements) == 0 {
		t.printf("%s\n", t.p.dim.Sprintf("Since the last save: no change (score %.1f)", d.After.Score))
		return
	}
	t.printf("%s score %.1f → %.1f %s\n", t.d.head.Sprint("Since the last save:"), d.Before.Score, d.After.Score, t.change(d.Delta))
	name := func(c report.TermChange) string { return clean(c.Term) }
	for _, l := range []struct {
		mark string
		c    *color.Color
		cs   []report.TermChange
	}{{"+", t.d.add, d.Gained}, {"-", t.d.del, d.Lost}} {
		if len(l.cs) > 0 {
			list := wrapList(strings.Join(termNames(l.cs, name), ", "), t.o.width()-4, "    ")
			t.printf("  %s %s\n", l.c.Sprint(l.mark), l.c.Sprint(list))
		}
	}
	for _, c := range d.Requirements {
		t.printf("  ~ %s\n", statusStep(c, clean))
	}
}

// statusStep is a requirement change in a few words: "experience below →
// met", its id's words written with clean.
func statusStep(c report.StatusChange, clean func(string) string) string {
	return fmt.Sprintf("%s %s → %s", clean(strings.ReplaceAll(c.ID, "_", " ")), clean(c.Before), clean(c.After))
}
