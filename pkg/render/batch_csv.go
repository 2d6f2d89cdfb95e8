package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

func writeBatchCSV(w io.Writer, res *report.BatchResult) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(strings.Split(CSVHeader, ",")); err != nil {
		return err
	}
	rk := ranks(res.Rows)
	for i, r := range res.Rows {
		rec := []string{rk[i], csvCell(r.Resume), csvCell(r.Job), "", "", "", "", "", "", "", strings.Join(r.TopMissing, "; "), "", "", r.DictionaryVersion, r.AlgorithmVersion, r.DocumentKind,
			r.TitleStatus, r.EducationStatus, r.ExperienceStatus, r.AsOf}
		if r.Error != nil {
			rec[11], rec[12] = r.Error.Kind, csvCell(r.Error.Message)
		} else {
			c := r.Coverage
			copy(rec[3:10], []string{fmt1(r.Score), fmt1(r.Subscores.Hard), fmt1(r.Subscores.Soft),
				strconv.Itoa(c.HardMatched), strconv.Itoa(c.HardTotal), strconv.Itoa(c.SoftMatched), strconv.Itoa(c.SoftTotal)})
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
