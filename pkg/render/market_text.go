package render

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// market prints the terms most demanded with a bar for each one's share of
// the postings, then, with a resume, the gaps by unmet demand.
func (t *textPrinter) market(r *report.MarketResult) {
	p := t.p
	t.printf("%s\n", p.title.Sprint("ATS market"))
	t.printf("%s\n", marketSummary(r))
	if r.Resume != "" {
		t.printf("resume %s\n", clean(r.Resume))
	}
	for _, f := range r.Failed {
		t.printf("  %s\n", p.warn.Sprintf("! skipped %s (%s): %s", clean(f.File), f.Kind, clean(f.Error)))
	}
	if r.Jobs == 0 {
		t.printf("\n%s\n", p.warn.Sprint("No job posting could be read: nothing to count."))
	} else if len(r.Terms) == 0 {
		t.printf("\n%s\n", p.warn.Sprint("The postings name no skill from the dictionary outside ignored sections (or none passes the filters)."))
	}
	if len(r.Terms) > 0 {
		t.printf("\n%s\n", p.title.Sprintf("Most demanded (%d of %d)", len(r.Terms), r.MatchingTerms))
		w := marketColumn(r.Terms)
		for i, m := range r.Terms {
			term := clean(m.Term)
			t.printf("%3d. %s%s  %-4s  %s %3d %4s  %s%s\n", i+1, p.term.Sprint(term), pad(term, w), m.Kind,
				t.shareBar(m.Share), m.Postings, percent(m.Share), requiredNote(m), t.resumeNote(m))
			t.marketDetail(m)
		}
	}
	if r.Resume != "" && r.Jobs > 0 {
		t.printf("\n%s\n", p.title.Sprint("Top gaps (not in the resume, by postings left unmet)"))
		if len(r.Gaps) == 0 {
			t.printf("  %s\n", p.good.Sprint("None: the resume meets every ask listed."))
		}
		w := marketColumn(r.Gaps)
		for i, m := range r.Gaps {
			term := clean(m.Term)
			t.printf("%3d. %s%s  %-4s  unmet in %d of %d postings, required in %d\n", i+1, p.term.Sprint(term), pad(term, w), m.Kind,
				unmetOf(m), r.Jobs, m.Required)
		}
	}
	if t.o.Verbose {
		t.printf("\n%s\n", p.dim.Sprintf("dictionary %s, algorithm %s", r.DictionaryVersion, r.AlgorithmVersion))
	}
	if !r.Complete {
		t.printf("\n%s\n", p.warn.Sprint(marketPartial))
	}
}

// shareBar draws a share of the postings as barWidth cells.
func (t *textPrinter) shareBar(share float64) string {
	n := int(share*barWidth + 0.5)
	n = max(0, min(barWidth, n))
	return "[" + strings.Repeat("█", n) + strings.Repeat("░", barWidth-n) + "]"
}

// requiredNote is in how many postings a term is required, and in how
// many it is only an alternative.
func requiredNote(m report.MarketTerm) string {
	var parts []string
	if m.Required > 0 {
		parts = append(parts, fmt.Sprintf("required in %d", m.Required))
	}
	if m.Alternative > 0 {
		parts = append(parts, fmt.Sprintf("an alternative in %d", m.Alternative))
	}
	if len(parts) == 0 {
		return "never required"
	}
	return strings.Join(parts, ", ")
}

// resumeNote marks whether the resume shows a term ("" without a resume).
func (t *textPrinter) resumeNote(m report.MarketTerm) string {
	switch {
	case m.Resume == nil:
		return ""
	case *m.Resume:
		return "  " + t.p.good.Sprint("✓ in resume")
	case unmetOf(m) == 0:
		return "  " + t.p.dim.Sprint("- not in resume, never unmet")
	}
	return "  " + t.p.bad.Sprint("✗ not in resume")
}

// marketDetail prints a term's wordings and the alternatives offered
// beside it.
func (t *textPrinter) marketDetail(m report.MarketTerm) {
	if len(m.Wordings) > 0 {
		t.printf("     %s\n", t.p.dim.Sprint(wrap("as: "+clean(strings.Join(m.Wordings, ", ")), t.o.width()-5, "         ")))
	}
	if len(m.Alternatives) > 0 {
		t.printf("     %s\n", t.p.dim.Sprint(wrap("or: "+clean(strings.Join(m.Alternatives, ", ")), t.o.width()-5, "         ")))
	}
}

// marketColumn is the width of a market's term column: wider than match's,
// since a market lists many terms and names such as "Advanced Cardiac Life
// Support" are common, but still capped so one long name cannot push every
// row off the screen.
func marketColumn(ts []report.MarketTerm) int {
	w := 0
	for _, t := range ts {
		w = max(w, utf8.RuneCountInString(clean(t.Term)))
	}
	return min(w, 32)
}
