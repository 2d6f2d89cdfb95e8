package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// MarketCSVHeader is the first line of a market's csv; columns are only
// ever added at the end. Each row is a term of one list: "term" (the most
// demanded, in order) or "gap" (with a resume, the gaps in order), so a
// spreadsheet filters on the first column. resume and unmet are empty
// without a resume; share is 0..1; wordings and alternatives are joined
// with "; ".
const MarketCSVHeader = "list,rank,term,kind,category,postings,share,required,alternative,resume,unmet,wordings,alternatives"

func writeMarketCSV(w io.Writer, r *report.MarketResult) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(strings.Split(MarketCSVHeader, ",")); err != nil {
		return err
	}
	for _, list := range []struct {
		name  string
		terms []report.MarketTerm
	}{{"term", r.Terms}, {"gap", r.Gaps}} {
		for i, m := range list.terms {
			unmet := ""
			if m.Unmet != nil {
				unmet = strconv.Itoa(*m.Unmet)
			}
			rec := []string{list.name, strconv.Itoa(i + 1), csvCell(m.Term), m.Kind, csvCell(m.Category),
				strconv.Itoa(m.Postings), strconv.FormatFloat(m.Share, 'f', -1, 64), strconv.Itoa(m.Required), strconv.Itoa(m.Alternative),
				resumeCell(m), unmet, csvCell(strings.Join(m.Wordings, "; ")), csvCell(strings.Join(m.Alternatives, "; "))}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
