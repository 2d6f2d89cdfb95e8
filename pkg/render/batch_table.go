package render

import (
	"bufio"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/atsmatch/atsmatch/pkg/report"
)

func writeBatchTable(w io.Writer, res *report.BatchResult, rowsOnly bool) error {
	if rowsOnly && len(res.Rows) == 0 {
		return nil
	}
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
	if rowsOnly {
		if e.err != nil {
			return e.err
		}
		return bw.Flush()
	}
	s := res.Summary
	e.printf("\n%s\n", countsLine(s))
	if len(s.Jobs) > 1 {
		writeJobsTable(e, bw, s)
	} else {
		writeTableStats(e, s)
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

// writeTableStats is a single job's summary: the scores, their
// distribution as bars, and the terms most often missing.
func writeTableStats(e *errWriter, s report.BatchSummary) {
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
			e.printf("  %-30s %d\n", tabSafe(t.Term), t.Count)
		}
	}
}

// writeJobsTable is the summary of several jobs: each job's scores and
// bands, its most often missing terms, and the resume × job matrix.
func writeJobsTable(e *errWriter, bw io.Writer, s report.BatchSummary) {
	head := append([]string{"JOB", "SCORED", "MEAN", "MEDIAN", "MIN", "MAX"}, bandHeads...)
	var rows [][]string
	for _, j := range s.ByJob {
		rows = append(rows, jobCells(j))
	}
	e.printf("\nBy job:\n")
	tabTable(e, bw, head, rows)
	e.printf("\nMost often missing, by job (what to teach):\n")
	for _, j := range s.ByJob {
		terms := termCounts(j.CommonMissing)
		if terms == "" {
			terms = "-"
		}
		e.printf("  %s: %s\n", tabSafe(j.Job), tabSafe(terms))
	}
	if len(s.BestJobs) == 0 {
		return
	}
	head = append(append([]string{"RESUME"}, s.Jobs...), "BEST JOB "+floorLabel(s))
	rows = rows[:0]
	for _, b := range s.BestJobs {
		rows = append(rows, matrixCells(b, len(s.Jobs)))
	}
	e.printf("\nResume x job:\n")
	tabTable(e, bw, head, rows)
}

// tabTable writes aligned columns through a tabwriter, every cell made
// terminal-safe.
func tabTable(e *errWriter, bw io.Writer, head []string, rows [][]string) {
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	e.w = tw
	for _, r := range append([][]string{head}, rows...) {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = tabSafe(c)
		}
		e.printf("%s\n", strings.Join(cells, "\t"))
	}
	if e.err == nil {
		e.err = tw.Flush()
	}
	e.w = bw
}
