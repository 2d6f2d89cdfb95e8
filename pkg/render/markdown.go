package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// mdPrinter writes GitHub-flavoured Markdown and keeps the first error.
type mdPrinter struct {
	w   *bufio.Writer
	o   Options
	err error
}

func (m *mdPrinter) printf(format string, a ...any) {
	if m.err == nil {
		_, m.err = fmt.Fprintf(m.w, format, a...)
	}
}

// row writes one table row, escaping every cell.
func (m *mdPrinter) row(cells ...string) {
	for i, c := range cells {
		cells[i] = mdCell(c)
	}
	m.printf("| %s |\n", strings.Join(cells, " | "))
}

func (m *mdPrinter) header(cells ...string) {
	m.row(cells...)
	m.printf("|%s\n", strings.Repeat(" --- |", len(cells)))
}

func writeMarkdown(w io.Writer, v any, o Options) error {
	m := &mdPrinter{w: bufio.NewWriter(w), o: o}
	switch x := v.(type) {
	case *report.MatchResult:
		m.match(x)
	case *report.KeywordsResult:
		m.keywords(x)
	case *report.CheckResult:
		m.check(x)
	case *report.FileError:
		m.printf("**Error:** `%s`: %s (%s)\n", mdCode(x.File), mdText(x.Error), x.Kind)
	default:
		// TextResult is raw text for a terminal or a diff, not a report.
		return unsupported(Markdown, v)
	}
	if m.err != nil {
		return m.err
	}
	return m.w.Flush()
}

func (m *mdPrinter) match(r *report.MatchResult) {
	m.printf("# ATS match: %s vs %s\n\n", mdText(r.Resume.Name), mdText(r.Job.Name))
	m.header("Score", "Hard skills", "Soft skills")
	m.row(fmt.Sprintf("**%.1f** / 100", r.Score),
		subscoreCell(r.Subscores.Hard, r.Coverage.HardMatched, r.Coverage.HardTotal),
		subscoreCell(r.Subscores.Soft, r.Coverage.SoftMatched, r.Coverage.SoftTotal))

	for _, d := range []struct {
		role string
		doc  report.Document
	}{{"Job", r.Job}, {"Resume", r.Resume}} {
		var notes []string
		if d.doc.Parse.Confidence < lowConfidence {
			notes = append(notes, fmt.Sprintf("read with low confidence (%.2f): the score may miss terms", d.doc.Parse.Confidence))
		}
		notes = append(notes, d.doc.Parse.Warnings...)
		// One quote block per warning: adjacent "> " lines would merge
		// into a single paragraph.
		for _, n := range notes {
			m.printf("\n> **Warning:** %s %s: %s\n", d.role, mdText(d.doc.Name), mdText(n))
		}
	}

	m.requirements(r.Requirements, r.AsOf)

	m.printf("\n## Missing\n\n")
	if len(r.Missing) == 0 {
		m.printf("Nothing missing.\n")
	} else {
		m.header("Term", "Kind", "Required", "Job evidence", "Suggestion")
		for _, t := range r.Missing {
			m.row(askName(t.Term, t.Alternatives, t.Open), t.Kind, askedLabel(t.Required, t.Preferred), evidenceCell(t.JobEvidence), t.Suggestion)
		}
	}

	m.printf("\n## Matched\n\n")
	if len(r.Matched) == 0 {
		m.printf("No terms matched.\n")
	} else {
		m.header("Term", "Kind", "How", "Job / resume", "Resume evidence")
		for _, t := range r.Matched {
			m.row(askName(t.Term, t.Alternatives, t.Open), t.Kind, howText(t), fmt.Sprintf("%d / %d", t.JobCount, t.ResumeCount), evidenceCell(t.ResumeEvidence))
		}
	}

	// The missing terms' own advice is in their table: the list has the
	// rest, and no heading when nothing is left (a score of 100).
	shown := map[string]bool{}
	for _, t := range r.Missing {
		shown[t.Suggestion] = true
	}
	if rest := uniqueSuggestions(r.Suggestions, shown); len(rest) > 0 {
		m.printf("\n## Suggestions\n\n")
		for i, s := range rest {
			m.printf("%d. %s\n", i+1, mdText(s))
		}
	}

	m.atsFindings(r)
	m.ignoredWords(r)
	m.ignored(r.Ignored)
	m.printf("\n<sub>dictionary %s · algorithm %s</sub>\n", mdText(r.DictionaryVersion), mdText(r.AlgorithmVersion))
}

func (m *mdPrinter) keywords(r *report.KeywordsResult) {
	m.printf("# Keywords: %s\n\n", mdText(r.Document.Name))
	if len(r.Keywords) == 0 {
		m.printf("No dictionary terms found.\n")
		m.ignored(r.Ignored)
		return
	}
	m.header("Term", "Kind", "Category", "Count", "Forms", "First seen")
	for _, k := range groupKeywords(r.Keywords) {
		m.row(k.Term, k.Kind, k.Category, fmt.Sprint(k.Count), strings.Join(k.Forms, ", "), evidenceCell(k.Evidence))
	}
	m.ignored(r.Ignored)
}

// ignoredWords lists the ambiguous words that were not counted and the
// rule that decided, in verbose mode only.
func (m *mdPrinter) ignoredWords(r *report.MatchResult) {
	docs := ignoredDocs(r)
	if !m.o.Verbose || len(docs) == 0 {
		return
	}
	m.printf("\n## Ignored words\n\n")
	m.header("Document", "Lines", "Word", "Term", "Rule")
	for _, d := range docs {
		for i, im := range d.entries {
			if i == maxIgnoredShown {
				m.row(d.role, "…", "", "", fmt.Sprintf("%d more in the JSON report", len(d.entries)-i))
				break
			}
			m.row(d.role, lineList(im), im.Surface, im.Term, im.Rule)
		}
	}
}

// ignored lists the job sections left out of scoring, in verbose mode only.
func (m *mdPrinter) ignored(ig []report.IgnoredSection) {
	if !m.o.Verbose || len(ig) == 0 {
		return
	}
	m.printf("\n## Ignored job sections\n\n")
	m.header("Lines", "Heading", "Reason")
	for _, s := range ig {
		m.row(fmt.Sprintf("%d–%d", s.FromLine, s.ToLine), s.Heading, s.Reason)
	}
}

// askedLabel says how the job asks for a term in the Required column of
// markdown and html: required, preferred ("is a plus") or no.
func askedLabel(required, preferred bool) string {
	switch {
	case required:
		return "required"
	case preferred:
		return "preferred"
	}
	return "no"
}

// uniqueSuggestions are the suggestions' texts in order, each once, less
// those already shown elsewhere (skip; nil for none).
func uniqueSuggestions(ss []report.Suggestion, skip map[string]bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if s.Text == "" || seen[s.Text] || skip[s.Text] {
			continue
		}
		seen[s.Text] = true
		out = append(out, s.Text)
	}
	return out
}

// evidenceCell shows the first evidence as `line N: text`, shortened.
func evidenceCell(ev []report.Evidence) string {
	if len(ev) == 0 {
		return ""
	}
	s := fmt.Sprintf("line %d: %s", ev[0].Line, shorten(ev[0].Text, ev[0].Surface, 80))
	if r := verdictRule(ev[0]); r != "" {
		s += " (" + r + ")"
	}
	return s
}

// mdCell makes s safe inside a table cell: one line, no column breaks, no
// stray code spans.
func mdCell(s string) string {
	return mdText(lineBreaks.Replace(s))
}

// Replacers are built once: NewReplacer compiles lookup tables.
var (
	lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")
	mdEscapes  = strings.NewReplacer(`\`, `\\`, "|", `\|`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`)
)

// mdText escapes the characters that would change a table, open a code
// span, or make raw HTML or a link out of a name or a document's words,
// and drops control characters (the output may land on a terminal).
func mdText(s string) string {
	return mdEscapes.Replace(clean(s))
}

// mdCode is for text inside a single-backtick span, where escapes don't work.
func mdCode(s string) string {
	return strings.ReplaceAll(clean(s), "`", "'")
}

// subscoreCell is one kind's sub-score; a kind the job does not name has no
// weight in the score, so it shows no number (as in the text view).
func subscoreCell(score float64, matched, total int) string {
	if total == 0 {
		return "- (none in the job)"
	}
	return fmt.Sprintf("%.1f (%d/%d terms)", score, matched, total)
}
