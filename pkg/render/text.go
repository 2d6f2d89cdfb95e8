package render

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fatih/color"

	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/jedib0t/go-pretty/v6/text"
)

// lowConfidence is the parse confidence below which the text report warns
// that the score may be wrong because the document was read badly.
const lowConfidence = 0.6

// barWidth is the number of cells in the score bar.
const barWidth = 20

// palette holds per-call colours so that Options.Color never touches the
// package-global color.NoColor shared with other goroutines.
type palette struct {
	title, good, bad, warn, dim, term *color.Color
}

func newPalette(on bool) palette {
	p := palette{
		title: color.New(color.Bold),
		good:  color.New(color.FgGreen),
		bad:   color.New(color.FgRed),
		warn:  color.New(color.FgYellow),
		dim:   color.New(color.Faint),
		term:  color.New(color.Bold),
	}
	for _, c := range []*color.Color{p.title, p.good, p.bad, p.warn, p.dim, p.term} {
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}

// textPrinter accumulates into a buffered writer and keeps the first error.
type textPrinter struct {
	w   *bufio.Writer
	o   Options
	p   palette
	err error
}

func (t *textPrinter) printf(format string, a ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, a...)
	}
}

func writeText(w io.Writer, v any, o Options) error {
	t := &textPrinter{w: bufio.NewWriter(w), o: o, p: newPalette(o.Color)}
	switch x := v.(type) {
	case *report.MatchResult:
		t.match(x)
	case *report.KeywordsResult:
		t.keywords(x)
	case *report.TextResult:
		// Verbatim: this is the "ATS view" a user diffs against the source.
		t.printf("%s", x.Text)
		if !strings.HasSuffix(x.Text, "\n") {
			t.printf("\n")
		}
	case *report.FileError:
		t.printf("%s %s: %s (%s)\n", t.p.bad.Sprint("error:"), clean(x.File), clean(x.Error), x.Kind)
	case *report.DictList:
		t.dictList(x)
	case *report.DictShow:
		t.dictShow(x)
	case *report.DictStats:
		t.dictStats(x)
	case *report.DictValidate:
		t.dictValidate(x)
	case *report.CheckResult:
		t.check(x)
	default:
		return unsupported(Text, v)
	}
	if t.err != nil {
		return t.err
	}
	return t.w.Flush()
}

func (t *textPrinter) match(r *report.MatchResult) {
	p := t.p
	t.printf("%s\n", p.title.Sprintf("ATS match: %s vs %s", clean(r.Resume.Name), clean(r.Job.Name)))
	t.printf("Match score %s / 100  %s\n", t.scoreColor(r.Score).Sprintf("%.1f", r.Score), t.bar(r.Score))
	t.subscore("hard", r.Subscores.Hard, r.Coverage.HardMatched, r.Coverage.HardTotal)
	t.subscore("soft", r.Subscores.Soft, r.Coverage.SoftMatched, r.Coverage.SoftTotal)

	t.parse("job", r.Job)
	t.parse("resume", r.Resume)

	t.requirements(r.Requirements, r.AsOf)

	if r.Coverage.HardTotal+r.Coverage.SoftTotal == 0 && len(r.Matched)+len(r.Missing) == 0 {
		t.printf("\n%s\n", p.warn.Sprint("No skills or keywords from the dictionary were found in the job description."))
	}

	if len(r.Missing) > 0 {
		t.printf("\n%s\n", p.title.Sprintf("Missing (%d)", len(r.Missing)))
		w := termColumn(len(r.Missing), func(i int) string { return r.Missing[i].Term })
		for i, m := range r.Missing {
			req := ""
			switch {
			case m.Required:
				req = p.bad.Sprint("required")
			case m.Preferred:
				req = "preferred"
			}
			term := clean(m.Term)
			if req != "" {
				req = "  " + req
			}
			t.printf("%3d. %s%s  %-4s%s\n", i+1, p.term.Sprint(term), padTerm(term, w, 5), m.Kind, req)
			t.alternatives(m.Alternatives, m.Open)
			t.evidence("     job ", m.JobEvidence)
			if im, ok := resumeIgnored(r, m.Term); ok && t.o.Verbose {
				t.printf("     %s\n", p.warn.Sprint(wrap(clean(ignoredNote(im)), t.o.width()-5, "     ")))
			}
		}
	}

	if len(r.Matched) > 0 {
		t.printf("\n%s\n", p.title.Sprintf("Matched (%d)", len(r.Matched)))
		w := termColumn(len(r.Matched), func(i int) string { return r.Matched[i].Term })
		for _, m := range r.Matched {
			term := clean(m.Term)
			t.printf("  %s %s%s  %-4s  %-10s  job %d / resume %d\n", p.good.Sprint("✓"), p.term.Sprint(term), padTerm(term, w, 4), m.Kind, m.Match, m.JobCount, m.ResumeCount)
			t.alternatives(m.Alternatives, m.Open)
			t.evidence("     resume ", m.ResumeEvidence)
			if t.o.Verbose {
				t.evidence("     job ", m.JobEvidence)
			}
		}
	}

	if len(r.Suggestions) > 0 {
		t.printf("\n%s\n", p.title.Sprint("Suggestions"))
		for i, s := range r.Suggestions {
			t.printf("%3d. %s\n", i+1, wrap(clean(s.Text), t.o.width()-5, "     "))
		}
	}

	t.atsFindings(r)
	if t.o.Verbose {
		t.ignoredWords(r)
		t.ignored(r.Ignored)
		t.printf("\n%s\n", p.dim.Sprintf("dictionary %s, algorithm %s", r.DictionaryVersion, r.AlgorithmVersion))
	}
}

func (t *textPrinter) scoreColor(s float64) *color.Color {
	switch {
	case s >= 70:
		return t.p.good
	case s >= 40:
		return t.p.warn
	}
	return t.p.bad
}

// subscore prints one kind's sub-score; a kind the job does not name has
// no weight in the score (docs/scoring.md), so it shows no number at all.
func (t *textPrinter) subscore(kind string, score float64, matched, total int) {
	if total == 0 {
		t.printf("  %s     -  %s\n", kind, t.p.dim.Sprintf("the job names no %s skills", kind))
		return
	}
	t.printf("  %s %5.1f  %d/%d terms\n", kind, score, matched, total)
}

// bar draws the score as barWidth cells, rounding to the nearest cell.
func (t *textPrinter) bar(score float64) string {
	n := int(score/100*barWidth + 0.5)
	n = max(0, min(barWidth, n))
	return "[" + t.scoreColor(score).Sprint(strings.Repeat("█", n)) + strings.Repeat("░", barWidth-n) + "]"
}

// parse prints warnings and low confidence always, the details if verbose.
func (t *textPrinter) parse(role string, d report.Document) {
	d.Name = clean(d.Name)
	low := d.Parse.Confidence < lowConfidence
	if t.o.Verbose {
		pages := ""
		if d.Parse.Pages > 0 {
			pages = fmt.Sprintf(", %d pages", d.Parse.Pages)
		}
		t.printf("  %s %s: %s%s, %d words, confidence %.2f\n", role, d.Name, d.Parse.Format, pages, d.Parse.Words, d.Parse.Confidence)
	}
	if low {
		t.printf("  %s\n", t.p.warn.Sprintf("! %s %s was read with low confidence (%.2f): the score may miss terms", role, d.Name, d.Parse.Confidence))
	}
	for _, w := range d.Parse.Warnings {
		t.printf("  %s\n", t.p.warn.Sprintf("! %s %s: %s", role, d.Name, clean(w)))
	}
}

// evidence prints the first piece of evidence (all of them if verbose).
func (t *textPrinter) evidence(prefix string, ev []report.Evidence) {
	if len(ev) == 0 {
		return
	}
	if !t.o.Verbose {
		ev = ev[:1]
	}
	indent, label := splitIndent(prefix)
	for i, e := range ev {
		if i > 0 && e.Line == ev[i-1].Line {
			continue // a group's members on one line: the line once
		}
		head := fmt.Sprintf("%sline %d: ", label, e.Line)
		room := t.o.width() - len(indent) - utf8.RuneCountInString(head) - 2 // the quotes
		// Runs of spaces (a date set off to the right margin) are layout,
		// not words: one space each, so the snippet's room goes to text.
		t.printf("%s%s\"%s\"\n", indent, t.p.dim.Sprint(head), shorten(strings.Join(strings.Fields(clean(e.Text)), " "), e.Surface, room))
		if r := verdictRule(e); r != "" {
			// Why a term the resume never names counts: always shown.
			t.printf("%s  %s\n", indent, wrap(clean(r), t.o.width()-len(indent)-2, indent+"  "))
		} else if t.o.Verbose && e.Rule != "" {
			t.printf("%s  %s\n", indent, t.p.dim.Sprintf("rule: %s", clean(e.Rule)))
		}
	}
}

// alternatives prints a group's other members under its name: "or:
// NUnit", "or: RabbitMQ, Apache Kafka, or similar".
func (t *textPrinter) alternatives(alts []string, open bool) {
	if len(alts) == 0 {
		return
	}
	t.printf("     %s\n", wrap("or: "+clean(alternativesText(alts, open)), t.o.width()-5, "         "))
}

// splitIndent separates the leading spaces of prefix, which stay uncoloured.
func splitIndent(prefix string) (indent, label string) {
	label = strings.TrimLeft(prefix, " ")
	return prefix[:len(prefix)-len(label)], label
}

// clean makes document text safe for a terminal: a resume must not be able
// to move the cursor or recolour the report, so control characters and
// invalid UTF-8 become spaces (tabs, newlines) or U+FFFD.
func clean(s string) string {
	// RuneError also catches invalid UTF-8, e.g. a lone 0x9b (8-bit CSI);
	// strings.Map rewrites such bytes as U+FFFD.
	if !strings.ContainsFunc(s, func(r rune) bool { return isControl(r) || r == utf8.RuneError }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case isControl(r):
			return '\uFFFD'
		}
		return r
	}, s)
}

func isControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || r == 0x2028 || r == 0x2029
}

// pad returns the spaces that align s to a column of width w.
func pad(s string, w int) string {
	return strings.Repeat(" ", max(0, w-text.StringWidth(s)))
}

// padTerm is what follows a term in a column w wide that starts indent
// columns in: the padding, or for a term wider than the column a line
// break and the indent, so the columns after it stay in line.
func padTerm(s string, w, indent int) string {
	if text.StringWidth(s) <= w {
		return pad(s, w)
	}
	return "\n" + strings.Repeat(" ", indent+w)
}

// termColumn is the width of the term column, capped so that one long term
// does not push every row off the screen (it has a line of its own).
func termColumn(n int, term func(int) string) int {
	w := 0
	for i := range n {
		w = max(w, text.StringWidth(clean(term(i)))) // as printed: a control character shows as one rune
	}
	return min(w, 24)
}

// ignoredWords lists, per document, the ambiguous words that were not
// counted and the rule that decided (verbose only).
func (t *textPrinter) ignoredWords(r *report.MatchResult) {
	docs := ignoredDocs(r)
	if len(docs) == 0 {
		return
	}
	t.printf("\n%s\n", t.p.title.Sprintf("Ignored words (%d)", ignoredCount(r)))
	for _, d := range docs {
		for i, im := range d.entries {
			if i == maxIgnoredShown {
				t.printf("  %s\n", t.p.dim.Sprintf("… %d more in the %s (the json format lists all)", len(d.entries)-i, d.role))
				break
			}
			head := fmt.Sprintf("%s %s:", d.role, lineLabel(im))
			surface, term := clean(im.Surface), clean(im.Term)
			// An overlay's term name may be long: shorten it (then the
			// surface, the word the reader looks for, only past half the
			// room) so the line keeps to the width like the others.
			room := t.o.width() - 2 - utf8.RuneCountInString(head) - len(" '' ()")
			surface = shorten(surface, "", max(room-utf8.RuneCountInString(term), room/2))
			term = shorten(term, "", room-utf8.RuneCountInString(surface))
			t.printf("  %s '%s' (%s)\n", t.p.dim.Sprint(head), surface, term)
			t.printf("     %s\n", t.p.dim.Sprint(wrap(clean(im.Rule), t.o.width()-5, "     ")))
		}
	}
}

func (t *textPrinter) ignored(ig []report.IgnoredSection) {
	if len(ig) == 0 {
		return
	}
	t.printf("\n%s\n", t.p.title.Sprintf("Ignored job sections (%d)", len(ig)))
	for _, s := range ig {
		heading := s.Heading
		if heading == "" {
			heading = "(no heading)"
		}
		t.printf("  lines %d-%d  %s: %s\n", s.FromLine, s.ToLine, clean(heading), clean(s.Reason))
	}
}

func (t *textPrinter) keywords(r *report.KeywordsResult) {
	p := t.p
	t.printf("%s\n", p.title.Sprintf("Keywords in %s (%d terms)", clean(r.Document.Name), len(r.Keywords)))
	t.parse("document", r.Document)
	kws := groupKeywords(r.Keywords)
	kind, cat := "\x00", "\x00"
	for _, k := range kws {
		if k.Kind != kind {
			kind, cat = k.Kind, "\x00"
			t.printf("\n%s\n", p.title.Sprintf("%s (%d)", k.Kind, countKind(kws, k.Kind)))
		}
		if k.Category != cat {
			cat = k.Category
			c := cat
			if c == "" {
				c = "(uncategorised)"
			}
			t.printf("  %s\n", p.dim.Sprint(clean(c)))
		}
		head := fmt.Sprintf("%s ×%d", clean(k.Term), k.Count)
		t.printf("    %s ×%d", p.term.Sprint(clean(k.Term)), k.Count)
		if len(k.Forms) > 0 {
			forms := "forms: " + clean(strings.Join(k.Forms, ", "))
			// Forms stay on the term's line when they fit, else wrap below it.
			if 4+utf8.RuneCountInString(head)+2+utf8.RuneCountInString(forms) <= t.o.width() {
				t.printf("  %s", forms)
			} else {
				// wrap's width holds for the continuation lines, indented
				// 8 (under "forms:"'s text), not only the first at 6.
				t.printf("\n      %s", wrap(forms, t.o.width()-8, "        "))
			}
		}
		t.printf("\n")
		t.evidence("      ", k.Evidence)
	}
	if t.o.Verbose {
		t.ignored(r.Ignored)
		t.printf("\n%s\n", p.dim.Sprintf("dictionary %s", r.DictionaryVersion))
	}
}

// groupKeywords orders a copy by kind (hard before soft) then category,
// keeping the input order inside a category, which is the extractor's order
// of first appearance.
func groupKeywords(in []report.Keyword) []report.Keyword {
	kws := slices.Clone(in)
	slices.SortStableFunc(kws, func(a, b report.Keyword) int {
		return cmp.Or(cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Category, b.Category))
	})
	return kws
}

func kindRank(k string) int {
	switch k {
	case "hard":
		return 0
	case "soft":
		return 1
	}
	return 2
}

func countKind(kws []report.Keyword, kind string) int {
	n := 0
	for _, k := range kws {
		if k.Kind == kind {
			n++
		}
	}
	return n
}

// shorten cuts s to at most max runes around surface (the matched words,
// kept whole), with an ellipsis where text was cut. Cuts fall between
// words when a word boundary is near (a quarter of max); one long word
// (a URL) is cut where it must be.
func shorten(s, surface string, max int) string {
	r := []rune(s)
	// Clamp first: with a tiny width a short line must come back whole, not
	// be sliced past its end (r[:max-1] can read zero runes from capacity).
	if max < 3 {
		max = 3
	}
	if len(r) <= max {
		return s
	}
	center, sLo, sHi := 0, -1, -1
	if surface != "" {
		if i := indexFold(r, surface); i >= 0 {
			sLo, sHi = i, i+utf8.RuneCountInString(surface)
			center = i + (sHi-sLo)/2
		}
	}
	keep := max - 2 // room for an ellipsis at each end
	lo := min(center-keep/2, len(r)-(max-1))
	var hi int
	switch {
	case lo <= 0:
		lo, hi = 0, max-1
	case lo+max-1 >= len(r):
		lo, hi = len(r)-(max-1), len(r)
	default:
		hi = lo + keep
	}
	lo, hi = wordBounds(r, lo, hi, sLo, sHi, max/4)
	out := string(r[lo:hi])
	if lo > 0 {
		out = "…" + out
	}
	if hi < len(r) {
		out += "…"
	}
	return out
}

// wordBounds moves a cut r[lo:hi] that falls inside a word to the nearest
// space within reach runes, inward, never into the surface r[sLo:sHi]
// (sLo < 0: none), and drops the spaces at the cut.
func wordBounds(r []rune, lo, hi, sLo, sHi, reach int) (int, int) {
	inWord := func(i int) bool { return i > 0 && i < len(r) && !unicode.IsSpace(r[i-1]) && !unicode.IsSpace(r[i]) }
	if inWord(lo) {
		limit := min(hi, lo+reach)
		if sLo >= 0 {
			limit = min(limit, sLo)
		}
		for i := lo; i < limit; i++ {
			if unicode.IsSpace(r[i]) {
				lo = i + 1
				break
			}
		}
	}
	if inWord(hi) {
		limit := max(lo, hi-reach)
		if sHi >= 0 {
			limit = max(limit, sHi)
		}
		for i := hi - 1; i >= limit; i-- {
			if unicode.IsSpace(r[i]) {
				hi = i
				break
			}
		}
	}
	for lo < hi && lo > 0 && unicode.IsSpace(r[lo]) {
		lo++
	}
	for hi > lo && hi < len(r) && unicode.IsSpace(r[hi-1]) {
		hi--
	}
	return lo, hi
}

// indexFold is the rune index of the first case-insensitive occurrence of
// sub in r, or -1. It compares rune by rune so that case mappings that
// change byte length cannot misalign indexes.
func indexFold(r []rune, sub string) int {
	n := utf8.RuneCountInString(sub)
	for i := 0; i+n <= len(r); i++ {
		if strings.EqualFold(string(r[i:i+n]), sub) {
			return i
		}
	}
	return -1
}

// wrap breaks s at spaces so that no line's text exceeds width runes (a
// longer word stays whole) and indents continuation lines; width excludes
// the indent, as the caller's first-line prefix is as wide.
func wrap(s string, width int, indent string) string {
	return wrapWords(strings.Fields(s), width, indent)
}

// wrapList is wrap for a comma list ("a, b c, d"): it breaks only between
// items, so a name of several words stays on one line.
func wrapList(s string, width int, indent string) string {
	items := strings.Split(s, ", ")
	for i := range items[:len(items)-1] {
		items[i] += ","
	}
	return wrapWords(items, width, indent)
}

// wrapWords joins words with spaces, starting a new indented line before
// a word that would take the line past width runes (never below 20).
func wrapWords(words []string, width int, indent string) string {
	width = max(width, 20)
	var b strings.Builder
	n := 0
	for i, word := range words {
		wl := utf8.RuneCountInString(word)
		switch {
		case i == 0:
		case n+1+wl > width:
			b.WriteString("\n")
			b.WriteString(indent)
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += wl
	}
	return b.String()
}
