package render

// The parts of a batch summary every printer read by people shows, as
// cells: the counts line, one line per job, and the resume × job matrix.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// countsLine is the summary's first line. Failures count files; with
// several jobs the scores count (resume, job) pairs.
func countsLine(s report.BatchSummary) string {
	head := fmt.Sprintf("%d %s, %d %s: ", s.Resumes, plural(s.Resumes, "resume"), len(s.Jobs), plural(len(s.Jobs), "job"))
	other := ""
	if s.NotResumes > 0 {
		other = fmt.Sprintf(", %d read as no resume (not ranked)", s.NotResumes)
	}
	if len(s.Jobs) > 1 {
		return head + fmt.Sprintf("%d %s scored, %d %s failed", s.Scored, plural(s.Scored, "pair"), s.Failed, plural(s.Failed, "resume")) + other
	}
	return head + fmt.Sprintf("%d scored, %d failed", s.Scored, s.Failed) + other
}

// The score bands, as the match report colours them.
const (
	bandGood = 70 // from here "good"
	bandFair = 40 // from here "fair", below "poor"
)

// bandCounts folds a ten-bucket histogram into the three bands: below 40,
// 40-69, 70 and up.
func bandCounts(h []report.ScoreBucket) [3]int {
	var c [3]int
	for _, b := range h {
		switch {
		case b.From >= bandGood:
			c[2] += b.Count
		case b.From >= bandFair:
			c[1] += b.Count
		default:
			c[0] += b.Count
		}
	}
	return c
}

// bandHeads are the band columns' titles.
var bandHeads = []string{"0-39", "40-69", "70-100"}

// jobCells is one job's line: job, scored, mean, median, min, max and the
// band counts (stats "-" when nothing scored).
func jobCells(j report.JobSummary) []string {
	c := []string{j.Job, strconv.Itoa(j.Scored), "-", "-", "-", "-"}
	if j.Scored > 0 {
		copy(c[2:], []string{fmt1(j.Mean), fmt1(j.Median), fmt1(j.Min), fmt1(j.Max)})
	}
	for _, n := range bandCounts(j.Histogram) {
		c = append(c, strconv.Itoa(n))
	}
	return c
}

// termCounts writes "C# (2), React (2)".
func termCounts(tc []report.TermCount) string {
	parts := make([]string, len(tc))
	for i, t := range tc {
		parts[i] = t.Term + " (" + strconv.Itoa(t.Count) + ")"
	}
	return strings.Join(parts, ", ")
}

// floorLabel is the best-job floor in the matrix's last column title:
// "Best job (40+)".
func floorLabel(s report.BatchSummary) string {
	return "(" + strconv.FormatFloat(s.BestJobFloor, 'f', -1, 64) + "+)"
}

// bestJobCell is a resume's best job, or "none" below the floor.
func bestJobCell(b report.BestJob) string {
	if b.Job == "" {
		return "none"
	}
	return b.Job
}

// matrixCells is one resume's matrix line: resume, a score per job, best
// job. It reads the summary, which covers every resume, so --top never
// blanks a score.
func matrixCells(b report.BestJob, jobs int) []string {
	c := []string{b.Resume}
	for i := range jobs {
		v := "-"
		if i < len(b.Scores) {
			v = fmt1(b.Scores[i])
		}
		c = append(c, v)
	}
	return append(c, bestJobCell(b))
}
