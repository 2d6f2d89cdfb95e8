package cli

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// The dict commands print dictionary data, not a report of a document, so
// they render here rather than through pkg/render (whose types are the
// report contract). JSON output carries schema_version like every other.

// dictRow is one `dict list` row.
type dictRow struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Category string `json:"category"`
	Source   string `json:"source"`
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func writeDictList(w io.Writer, f render.Format, x *ats.Dictionary, terms []*ats.Term) error {
	rows := make([]dictRow, len(terms))
	for i, t := range terms {
		rows[i] = dictRow{ID: t.ID, Name: t.Name, Kind: string(t.Kind), Category: t.Category, Source: t.Source}
	}
	switch f {
	case render.JSON:
		return writeJSON(w, struct {
			SchemaVersion     int       `json:"schema_version"`
			DictionaryVersion string    `json:"dictionary_version"`
			Terms             []dictRow `json:"terms"`
		}{report.SchemaVersion, x.Version(), rows})
	case formatCSV:
		cw := csv.NewWriter(w)
		_ = cw.Write([]string{"id", "name", "kind", "category", "source"})
		for _, r := range rows {
			_ = cw.Write([]string{r.ID, r.Name, r.Kind, r.Category, r.Source})
		}
		cw.Flush()
		return cw.Error()
	}
	if len(rows) == 0 {
		return nil
	}
	// tabwriter writes cell by cell: buffer, or a full list costs
	// thousands of write syscalls on a terminal or pipe.
	bw := bufio.NewWriter(w)
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tKIND\tCATEGORY\tSOURCE")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Name, r.Kind, r.Category, r.Source)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return bw.Flush()
}

// termView is one term as `dict show --format json` prints it.
type termView struct {
	ats.Term
	Weight    float64       `json:"weight"` // effective weight: 0 in the data means 1
	MatchedBy matchedBy     `json:"matched_by"`
	Overlays  []string      `json:"overlays"` // "added by mine.yaml", "changed by ..."
	Relations []relatedTerm `json:"related_terms"`
}

type matchedBy struct {
	Field   string `json:"field"`   // id, name, alias, acronym, form
	Surface string `json:"surface"` // as the term spells it
}

type relatedTerm struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

func viewOf(x *ats.Dictionary, h ats.DictHit) termView {
	t := *h.Term
	v := termView{Term: t, Weight: t.Weight, MatchedBy: matchedBy{h.Field, h.Surface},
		Overlays: x.Provenance(t.ID), Relations: []relatedTerm{}}
	if v.Weight == 0 {
		v.Weight = 1
	}
	if v.Overlays == nil {
		v.Overlays = []string{}
	}
	for _, id := range t.Related {
		r := relatedTerm{ID: id}
		if rt, ok := x.Term(id); ok {
			r.Name = rt.Name
		}
		v.Relations = append(v.Relations, r)
	}
	return v
}

func writeDictShow(w io.Writer, f render.Format, width int, x *ats.Dictionary, query string, hits []ats.DictHit) error {
	views := make([]termView, len(hits))
	for i, h := range hits {
		views[i] = viewOf(x, h)
	}
	if f == render.JSON {
		return writeJSON(w, struct {
			SchemaVersion     int        `json:"schema_version"`
			DictionaryVersion string     `json:"dictionary_version"`
			Query             string     `json:"query"`
			Terms             []termView `json:"terms"`
		}{report.SchemaVersion, x.Version(), query, views})
	}
	if width <= 0 {
		width = render.DefaultWidth
	}
	var b strings.Builder
	if len(views) > 1 {
		fmt.Fprintf(&b, "%d terms match %q:\n\n", len(views), query)
	}
	for i, v := range views {
		if i > 0 {
			b.WriteString("\n")
		}
		showTerm(&b, width, v)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// showLabel is the width of the label column of `dict show`.
const showLabel = 12

func showTerm(b *strings.Builder, width int, v termView) {
	fmt.Fprintf(b, "%s (%s)\n", v.Name, v.ID)
	field := func(label, value string) {
		if value == "" {
			return
		}
		pad := strings.Repeat(" ", showLabel-len(label)-1)
		fmt.Fprintf(b, "  %s:%s%s\n", label, pad, wrapList(value, width-showLabel-2, strings.Repeat(" ", showLabel+2)))
	}
	list := func(ss []string) string { return strings.Join(ss, ", ") }
	if v.MatchedBy.Field != ats.DictFieldID && v.MatchedBy.Field != ats.DictFieldName {
		field("found as", fmt.Sprintf("%s %q", v.MatchedBy.Field, v.MatchedBy.Surface))
	}
	field("kind", string(v.Kind))
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
	var rel []string
	for _, r := range v.Relations {
		if r.Name != "" && r.Name != r.ID {
			rel = append(rel, fmt.Sprintf("%s (%s)", r.Name, r.ID))
		} else {
			rel = append(rel, r.ID)
		}
	}
	field("related", list(rel))
	field("overlays", strings.Join(v.Overlays, "; "))
}

// wrapList breaks a comma list between items so that no line exceeds
// width runes (an item longer than that gets a line of its own), indenting
// continuation lines.
func wrapList(s string, width int, indent string) string {
	width = max(width, 20)
	items := strings.Split(s, ", ")
	var b strings.Builder
	n := 0
	for i, it := range items {
		if i < len(items)-1 {
			it += ","
		}
		wl := len([]rune(it))
		switch {
		case i == 0:
		case n+1+wl > width:
			b.WriteString("\n" + indent)
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(it)
		n += wl
	}
	return b.String()
}

func writeDictValidate(w io.Writer, f render.Format, x *ats.Dictionary, checks []fileCheck) error {
	if f == render.JSON {
		return writeJSON(w, struct {
			SchemaVersion     int         `json:"schema_version"`
			DictionaryVersion string      `json:"dictionary_version"`
			Files             []fileCheck `json:"files"`
		}{report.SchemaVersion, x.Version(), checks})
	}
	for _, c := range checks {
		if c.OK && c.Changes != nil {
			fmt.Fprintf(w, "%s: ok (%d %s added, %d changed, %d disabled)\n", c.File,
				len(c.Changes.Added), plural(len(c.Changes.Added), "term"), len(c.Changes.Changed), len(c.Changes.Disabled))
			continue
		}
		for _, p := range c.Problems {
			fmt.Fprintln(w, p.String(c.File))
		}
		if c.More > 0 {
			fmt.Fprintf(w, "%s: … %d more %s (fix these and validate again)\n", c.File, c.More, plural(c.More, "problem"))
		}
	}
	return nil
}

func writeDictStats(w io.Writer, f render.Format, x *ats.Dictionary, top int) error {
	st := x.Stats()
	if f == render.JSON {
		ovs := x.Overlays()
		if ovs == nil {
			ovs = []ats.AppliedOverlay{}
		}
		return writeJSON(w, struct {
			SchemaVersion     int    `json:"schema_version"`
			DictionaryVersion string `json:"dictionary_version"`
			ats.DictStats
			Overlays []ats.AppliedOverlay `json:"overlays"`
		}{report.SchemaVersion, x.Version(), st, ovs})
	}
	counts := func(cs []ats.DictCount) string {
		parts := make([]string, len(cs))
		for i, c := range cs {
			parts[i] = fmt.Sprintf("%s %d", c.Name, c.Terms)
		}
		return strings.Join(parts, ", ")
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "dictionary\t%s\n", st.Version)
	fmt.Fprintf(tw, "terms\t%d (%s)\n", st.Terms, counts(st.ByKind))
	fmt.Fprintf(tw, "by source\t%s\n", counts(st.BySource))
	cats := st.ByCategory
	head := fmt.Sprintf("all %d", len(cats))
	if top > 0 && len(cats) > top {
		cats = cats[:top]
		head = fmt.Sprintf("top %d of %d; --all lists every one", top, len(st.ByCategory))
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
	if len(x.Overlays()) == 0 {
		fmt.Fprintf(tw, "overlays\tnone\n")
	}
	for i, o := range x.Overlays() {
		label := ""
		if i == 0 {
			label = "overlays"
		}
		c := o.Changes
		fmt.Fprintf(tw, "%s\t%s (%d added, %d changed, %d disabled)\n", label, o.Name, len(c.Added), len(c.Changed), len(c.Disabled))
	}
	return tw.Flush()
}
