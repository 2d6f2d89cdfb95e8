package render

// The `atsmatch dict` documents (report.Dict*): text here, JSON through
// the common printer, csv (dict list only) in its own printer below.

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// CSV is one line per row under a header; only a [report.DictList] has
// rows of its own (rank's csv is the batch format [BatchCSV]).
const CSV Format = "csv"

// Registered here so the format and its printer live in one file. CSV is
// not in Formats(): no report of a document prints as csv (see formatsOf).
func init() { printers[CSV] = writeCSV }

func writeCSV(w io.Writer, v any, _ Options) error {
	l, ok := v.(*report.DictList)
	if !ok {
		return unsupported(CSV, v)
	}
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"id", "name", "kind", "category", "source"})
	for _, r := range l.Terms {
		_ = cw.Write([]string{r.ID, r.Name, r.Kind, r.Category, r.Source})
	}
	cw.Flush()
	return cw.Error()
}

// dictList is a table of the terms; nothing when there are none (the
// caller says so on stderr).
func (t *textPrinter) dictList(l *report.DictList) {
	if len(l.Terms) == 0 {
		return
	}
	tw := tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tKIND\tCATEGORY\tSOURCE")
	for _, r := range l.Terms {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Name, r.Kind, r.Category, r.Source)
	}
	t.flush(tw)
}

// flush ends a tabwriter section, keeping the first error.
func (t *textPrinter) flush(tw *tabwriter.Writer) {
	if err := tw.Flush(); err != nil && t.err == nil {
		t.err = err
	}
}

func (t *textPrinter) dictShow(s *report.DictShow) {
	if len(s.Terms) > 1 {
		t.printf("%d terms match %q:\n\n", len(s.Terms), s.Query)
	}
	for i, v := range s.Terms {
		if i > 0 {
			t.printf("\n")
		}
		t.dictTerm(v)
	}
}

// showLabel is the width of the label column of `dict show`.
const showLabel = 12

func (t *textPrinter) dictTerm(v report.DictTerm) {
	t.printf("%s (%s)\n", v.Name, v.ID)
	field := func(label, value string) {
		if value == "" {
			return
		}
		pad := strings.Repeat(" ", showLabel-len(label)-1)
		t.printf("  %s:%s%s\n", label, pad, wrapList(value, t.o.width()-showLabel-2, strings.Repeat(" ", showLabel+2)))
	}
	list := func(ss []string) string { return strings.Join(ss, ", ") }
	if v.MatchedBy.Field != "id" && v.MatchedBy.Field != "name" {
		field("found as", fmt.Sprintf("%s %q", v.MatchedBy.Field, v.MatchedBy.Surface))
	}
	field("kind", v.Kind)
	field("category", v.Category)
	field("weight", fmt.Sprintf("%g", v.Weight))
	field("source", v.Source)
	field("aliases", list(v.Aliases))
	if len(v.Acronyms) > 0 {
		field("acronyms", list(v.Acronyms)+" (matched only in this case)")
	}
	field("forms", list(v.Forms))
	if len(v.Ambiguous) > 0 {
		// A context word is one confirmation of several in pkg/match (a list
		// of skills, a version, a capital mid-sentence), not the only one.
		field("ambiguous", list(v.Ambiguous)+" (counted only when confirmed, e.g. by a context word)")
		field("context", list(v.Context))
	}
	field("not before", list(v.NotBefore)) // pkg/match does not count a hit next to one
	field("not after", list(v.NotAfter))
	field("related", list(termRefs(v.RelatedTerms)))
	// Broader terms are what a resume naming this one also shows: the
	// implied matches in a report.
	field("implies", list(termRefs(v.BroaderTerms)))
	field("replaces", list(v.Replaces)) // ids merged into this term: overlays may still name them
	field("overlays", strings.Join(v.Overlays, "; "))
}

func (t *textPrinter) dictValidate(v *report.DictValidate) {
	for _, c := range v.Files {
		if c.OK && c.Changes != nil {
			t.printf("%s: ok (%d %s added, %d changed, %d disabled)\n", c.File,
				len(c.Changes.Added), plural(len(c.Changes.Added), "term"), len(c.Changes.Changed), len(c.Changes.Disabled))
			continue
		}
		for _, p := range c.Problems {
			if p.Line > 0 {
				t.printf("%s:%d: %s\n", c.File, p.Line, p.Message)
			} else {
				t.printf("%s: %s\n", c.File, p.Message)
			}
		}
		if c.More > 0 {
			t.printf("%s: … %d more %s (fix these and validate again)\n", c.File, c.More, plural(c.More, "problem"))
		}
	}
}

func (t *textPrinter) dictStats(st *report.DictStats) {
	counts := func(cs []report.DictCount) string {
		parts := make([]string, len(cs))
		for i, c := range cs {
			parts[i] = fmt.Sprintf("%s %d", c.Name, c.Terms)
		}
		return strings.Join(parts, ", ")
	}
	tw := tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "dictionary\t%s\n", st.Version)
	fmt.Fprintf(tw, "terms\t%d (%s)\n", st.Terms, counts(st.ByKind))
	fmt.Fprintf(tw, "by source\t%s\n", counts(st.BySource))
	cats := st.ByCategory
	head := fmt.Sprintf("all %d", len(cats))
	if st.Top > 0 && len(cats) > st.Top {
		cats = cats[:st.Top]
		head = fmt.Sprintf("top %d of %d; --all lists every one", st.Top, len(st.ByCategory))
	}
	fmt.Fprintf(tw, "by category\t(%s)\n", head)
	for _, c := range cats {
		fmt.Fprintf(tw, "  %s\t%d\n", c.Name, c.Terms)
	}
	fmt.Fprintf(tw, "aliases\t%d\n", st.Aliases)
	fmt.Fprintf(tw, "acronyms\t%d (case-sensitive)\n", st.Acronyms)
	fmt.Fprintf(tw, "forms\t%d\n", st.Forms)
	fmt.Fprintf(tw, "ambiguous\t%d surfaces on %d terms, %d context words\n", st.Ambiguous, st.AmbiguousTerms, st.ContextWords)
	fmt.Fprintf(tw, "related\t%d links\n", st.Related)
	fmt.Fprintf(tw, "broader\t%d links\n", st.Broader)
	if len(st.Overlays) == 0 {
		fmt.Fprintf(tw, "overlays\tnone\n")
	}
	for i, o := range st.Overlays {
		label := ""
		if i == 0 {
			label = "overlays"
		}
		c := o.Changes
		fmt.Fprintf(tw, "%s\t%s (%d added, %d changed, %d disabled)\n", label, o.File, len(c.Added), len(c.Changed), len(c.Disabled))
	}
	t.flush(tw)
}

// termRefs writes terms as "Name (id)", or the id alone when the name adds
// nothing or the term is unknown.
func termRefs(refs []report.DictRelated) []string {
	var out []string
	for _, r := range refs {
		if r.Name != "" && r.Name != r.ID {
			out = append(out, fmt.Sprintf("%s (%s)", r.Name, r.ID))
		} else {
			out = append(out, r.ID)
		}
	}
	return out
}
