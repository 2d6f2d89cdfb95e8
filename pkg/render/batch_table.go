package render

import (
	"bufio"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/atsmatch/atsmatch/pkg/report"
)

func writeBatchTable(w io.Writer, res *report.BatchResult) error {
	bw := bufio.NewWriter(w)
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	e := &errWriter{w: tw}
	e.printf("RANK\tRESUME\tJOB\tSCORE\tHARD\tSOFT\tTOP MISSING\n")
	rk := ranks(res.Rows)
	for i, r := range res.Rows {
		score, hard, soft := "-", "-", "-"
		if r.Error == nil {
			score, hard, soft = fmt1(r.Score), fmt1(r.Subscores.Hard), fmt1(r.Subscores.Soft)
		}
		e.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", rk[i], tabSafe(r.Resume), tabSafe(r.Job), score, hard, soft, tabSafe(missingCell(r)))
	}
	if e.err == nil {
		e.err = tw.Flush()
	}
	e.w = bw
	s := res.Summary
	e.printf("\n%d %s, %d %s: %d scored, %d failed\n", s.Resumes, plural(s.Resumes, "resume"), len(s.Jobs), plural(len(s.Jobs), "job"), s.Scored, s.Failed)
	if s.Scored > 0 {
		e.printf("Scores: mean %s, median %s, min %s, max %s\n\nDistribution:\n", fmt1(s.Mean), fmt1(s.Median), fmt1(s.Min), fmt1(s.Max))
		most := 0
		for _, b := range s.Histogram {
			most = max(most, b.Count)
		}
		for _, b := range s.Histogram {
			bar := 0
			if most > 0 {
				bar = (b.Count*30 + most - 1) / most
			}
			e.printf("  %3d-%-3d %-30s %d\n", b.From, bucketTop(b), strings.Repeat("#", bar), b.Count)
		}
	}
	if len(s.CommonMissing) > 0 {
		e.printf("\nMost often missing (what to teach):\n")
		for _, t := range s.CommonMissing {
			e.printf("  %-30s %d\n", t.Term, t.Count)
		}
	}
	if len(s.Jobs) > 1 {
		e.printf("\nResume x job:\n")
		mtw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		e.w = mtw
		writeMatrix(e, res, "\t", "", "")
		if e.err == nil {
			e.err = mtw.Flush()
		}
		e.w = bw
	}
	if !res.Complete {
		e.printf("\n%s\n", partialNote)
	}
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}

// tabSafe keeps a cell on one tabwriter cell and shows what a terminal
// would act on (TermSafe writes a tab as \t).
func tabSafe(s string) string { return TermSafe(s) }
