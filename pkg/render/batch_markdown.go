package render

import (
	"bufio"
	"io"

	"github.com/atsmatch/atsmatch/pkg/report"
)

func writeBatchMarkdown(w io.Writer, res *report.BatchResult) error {
	bw := bufio.NewWriter(w)
	e := &errWriter{w: bw}
	s := res.Summary
	e.printf("## atsmatch rank\n\n%d %s, %d %s: %d scored, %d failed\n\n", s.Resumes, plural(s.Resumes, "resume"), len(s.Jobs), plural(len(s.Jobs), "job"), s.Scored, s.Failed)
	e.printf("| Rank | Resume | Job | Score | Hard | Soft | Top missing |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	rk := ranks(res.Rows)
	for i, r := range res.Rows {
		score, hard, soft := "-", "-", "-"
		if r.Error == nil {
			score, hard, soft = fmt1(r.Score), fmt1(r.Subscores.Hard), fmt1(r.Subscores.Soft)
		}
		e.printf("| %s | %s | %s | %s | %s | %s | %s |\n", rk[i], mdCell(r.Resume), mdCell(r.Job), score, hard, soft, mdCell(missingCell(r)))
	}
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
	if len(s.Jobs) > 1 {
		e.printf("\n### Resume × job\n\n")
		writeMatrix(e, res, " | ", "| ", " |")
	}
	if !res.Complete {
		e.printf("\n> **%s**\n", partialNote)
	}
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}
