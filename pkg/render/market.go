package render

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// A market (report.MarketResult, `atsmatch market`) has its own entry
// point, as a diff has: one printer per format in market_text.go,
// market_csv.go, market_markdown.go and market_html.go; JSON is the one
// writer every document shares.

// marketFormats are the formats a market prints, the first the default.
var marketFormats = []Format{Text, JSON, CSV, Markdown, HTML}

// MarketFormats lists the formats [WriteMarket] accepts, in a stable order:
// the one list `atsmatch market --format` is declared and checked with.
func MarketFormats() []Format { return slices.Clone(marketFormats) }

// WriteMarket renders r in f.
func WriteMarket(w io.Writer, f Format, r *report.MarketResult, o Options) error {
	if !slices.Contains(marketFormats, f) {
		return fmt.Errorf("render: %s format does not support %T", f, r)
	}
	if r == nil {
		return fmt.Errorf("render: nil %T", r)
	}
	switch f {
	case JSON:
		return writeJSON(w, r, o)
	case CSV:
		return writeMarketCSV(w, r)
	case Markdown:
		m := &mdPrinter{w: bufio.NewWriter(w), o: o}
		m.market(r)
		return mdFinish(m)
	case HTML:
		return writeMarketHTML(w, r)
	}
	t := &textPrinter{w: bufio.NewWriter(w), o: o, p: newPalette(o.Color)}
	t.market(r)
	if t.err != nil {
		return t.err
	}
	return t.w.Flush()
}

// percent is a share as a whole percentage: "83%".
func percent(share float64) string {
	return strconv.Itoa(int(math.Round(share*100))) + "%"
}

// marketSummary is the line under a market's title: the postings read
// and skipped, the terms, and, with filters, how many pass which.
func marketSummary(r *report.MarketResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d job %s read", r.Jobs, plural(r.Jobs, "posting"))
	if n := len(r.Failed); n > 0 {
		fmt.Fprintf(&b, ", %d skipped", n)
	}
	fmt.Fprintf(&b, "; %d distinct %s", r.TotalTerms, plural(r.TotalTerms, "term"))
	var filters []string
	if r.Kind != "" {
		filters = append(filters, r.Kind+" skills only")
	}
	if r.MinShare > 0 {
		filters = append(filters, "named by at least "+percent(r.MinShare)+" of the postings")
	}
	if len(filters) > 0 {
		fmt.Fprintf(&b, "; %d after the filters (%s)", r.MatchingTerms, strings.Join(filters, ", "))
	}
	return b.String()
}

// marketPartial closes a market that is not Complete, in the formats read
// by people.
const marketPartial = "PARTIAL: the run stopped before every posting was read; the counts cover only those finished."

// resumeCell says whether the resume shows a term: "yes", "no", or "" for
// a market read without a resume.
func resumeCell(t report.MarketTerm) string {
	switch {
	case t.Resume == nil:
		return ""
	case *t.Resume:
		return "yes"
	}
	return "no"
}

// unmetOf is a term's unmet count, 0 without a resume.
func unmetOf(t report.MarketTerm) int {
	if t.Unmet == nil {
		return 0
	}
	return *t.Unmet
}
