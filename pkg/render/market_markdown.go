package render

import (
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// market writes the most demanded terms and, with a resume, the gaps as
// GitHub-flavoured tables a coach can paste.
func (m *mdPrinter) market(r *report.MarketResult) {
	m.printf("# ATS market\n\n%s.", mdText(marketSummary(r)))
	if r.Resume != "" {
		m.printf(" Resume: %s.", mdText(r.Resume))
	}
	m.printf("\n")
	if len(r.Failed) > 0 {
		m.printf("\n## Skipped (%d)\n\n", len(r.Failed))
		for _, f := range r.Failed {
			m.printf("- %s (%s): %s\n", mdText(f.File), mdText(f.Kind), mdText(f.Error))
		}
	}
	m.printf("\n## Most demanded (%d of %d)\n\n", len(r.Terms), r.MatchingTerms)
	if len(r.Terms) == 0 {
		m.printf("None.\n")
	} else {
		cols := []string{"#", "Term", "Kind", "Postings", "Share", "Required", "Alternative"}
		if r.Resume != "" {
			cols = append(cols, "In resume")
		}
		m.header(append(cols, "Wordings", "Or")...)
		for i, t := range r.Terms {
			cells := []string{strconv.Itoa(i + 1), t.Term, t.Kind, strconv.Itoa(t.Postings), percent(t.Share), strconv.Itoa(t.Required), strconv.Itoa(t.Alternative)}
			if r.Resume != "" {
				cells = append(cells, resumeCell(t))
			}
			m.row(append(cells, strings.Join(t.Wordings, ", "), strings.Join(t.Alternatives, ", "))...)
		}
	}
	if r.Resume != "" {
		m.printf("\n## Top gaps (%d)\n\nNot in the resume, by postings whose ask it leaves unmet.\n\n", len(r.Gaps))
		if len(r.Gaps) == 0 {
			m.printf("None.\n")
		} else {
			m.header("#", "Term", "Kind", "Unmet", "Postings", "Required")
			for i, t := range r.Gaps {
				m.row(strconv.Itoa(i+1), t.Term, t.Kind, strconv.Itoa(unmetOf(t)), strconv.Itoa(t.Postings), strconv.Itoa(t.Required))
			}
		}
	}
	if !r.Complete {
		m.printf("\n> **%s**\n", marketPartial)
	}
	m.printf("\n<sub>dictionary %s · algorithm %s</sub>\n", mdText(r.DictionaryVersion), mdText(r.AlgorithmVersion))
}
