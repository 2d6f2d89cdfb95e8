package render

import (
	"bufio"
	"io"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

func writeBatchMarkdown(w io.Writer, res *report.BatchResult) error {
	bw := bufio.NewWriter(w)
	e := &errWriter{w: bw}
	s := res.Summary
	e.printf("## atsmatch rank\n\n%s\n\n", countsLine(s))
	if len(res.Rows) == 0 {
		// rank --only-failing when every resume passes: a table of
		// headings alone reads as broken.
		e.printf("No rows to list.\n")
	} else {
		e.printf("| Rank | Resume | Job | Score | Hard | Soft | Top missing |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	}
	rk := ranks(res.Rows)
	for i, r := range res.Rows {
		score, hard, soft := "-", "-", "-"
		if r.Error == nil {
			score, hard, soft = fmt1(r.Score), fmt1(r.Subscores.Hard), fmt1(r.Subscores.Soft)
		}
		e.printf("| %s | %s | %s | %s | %s | %s | %s |\n", rk[i], mdCell(r.Resume), mdCell(r.Job), score, hard, soft, mdCell(missingCell(r)))
	}
	if len(s.Jobs) > 1 {
		writeJobsMarkdown(e, s)
	} else {
		writeStatsMarkdown(e, s)
	}
	if !res.Complete {
		e.printf("\n> **%s**\n", partialNote)
	}
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}

// writeStatsMarkdown is a single job's summary.
func writeStatsMarkdown(e *errWriter, s report.BatchSummary) {
	if s.Scored > 0 {
		e.printf("\n### Scores\n\nMean %s, median %s, min %s, max %s.\n\n| Scores | Resumes |\n| --- | --- |\n", fmt1(s.Mean), fmt1(s.Median), fmt1(s.Min), fmt1(s.Max))
		for _, b := range s.Histogram {
			e.printf("| %d-%d | %d |\n", b.From, bucketTop(b), b.Count)
		}
	}
	if len(s.CommonMissing) > 0 {
		e.printf("\n### Most often missing\n\n| Term | Count |\n| --- | --- |\n")
		for _, t := range s.CommonMissing {
			e.printf("| %s | %d |\n", mdCell(t.Term), t.Count)
		}
	}
}

// writeJobsMarkdown is the summary of several jobs: a line per job with
// its bands and most often missing terms, then the resume × job matrix.
func writeJobsMarkdown(e *errWriter, s report.BatchSummary) {
	head := append([]string{"Job", "Scored", "Mean", "Median", "Min", "Max"}, bandHeads...)
	head = append(head, "Most often missing")
	var rows [][]string
	for _, j := range s.ByJob {
		rows = append(rows, append(jobCells(j), termCounts(j.CommonMissing)))
	}
	e.printf("\n### By job\n\n")
	mdTable(e, head, rows)
	if len(s.BestJobs) == 0 {
		return
	}
	head = append(append([]string{"Resume"}, s.Jobs...), "Best job "+floorLabel(s))
	rows = rows[:0]
	for _, b := range s.BestJobs {
		rows = append(rows, matrixCells(b, len(s.Jobs)))
	}
	e.printf("\n### Resume × job\n\n")
	mdTable(e, head, rows)
}

// mdTable writes a Markdown table, every cell escaped.
func mdTable(e *errWriter, head []string, rows [][]string) {
	for i, r := range append([][]string{head}, rows...) {
		cells := make([]string, len(r))
		for k, c := range r {
			cells[k] = mdCell(c)
		}
		e.printf("| %s |\n", strings.Join(cells, " | "))
		if i == 0 {
			e.printf("|%s\n", strings.Repeat(" --- |", len(head)))
		}
	}
}
