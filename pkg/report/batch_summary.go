package report

import (
	"cmp"
	"math"
	"slices"
)

// Summarizer accumulates a [BatchSummary] resume by resume, keeping only
// scores and counts, so a streamed batch needs no list of rows.
type Summarizer struct {
	jobs    []string
	resumes int
	rows    int
	failed  int
	scores  []float64
	missing map[string]int
	best    []BestJob // with several jobs: one per resume
	bestIdx []int     // best[i]'s resume Index, to list them in input order
}

// NewSummarizer starts a summary for a batch over jobs (names in order).
func NewSummarizer(jobs []string) *Summarizer {
	return &Summarizer{jobs: slices.Clone(jobs), missing: map[string]int{}}
}

// Add counts one resume's rows, one per job in job order, as
// ats.Analyzer.Rank hands them over.
func (s *Summarizer) Add(rows []BatchRow) {
	if len(rows) == 0 {
		return
	}
	s.resumes++
	best, found := BestJob{}, false
	for _, r := range rows {
		s.rows++
		if r.Error != nil {
			s.failed++
			continue
		}
		s.scores = append(s.scores, r.Score)
		for _, t := range r.TopMissing {
			s.missing[t]++
		}
		// Ties keep the earlier job, as given on the command line.
		if !found || r.Score > best.Score {
			best, found = BestJob{Resume: r.Resume, Job: r.Job, Score: r.Score}, true
		}
	}
	if found && len(s.jobs) > 1 {
		s.best = append(s.best, best)
		s.bestIdx = append(s.bestIdx, rows[0].Index)
	}
}

// Summary returns the summary so far; topTerms caps CommonMissing
// (0 means 10).
func (s *Summarizer) Summary(topTerms int) BatchSummary {
	if topTerms <= 0 {
		topTerms = 10
	}
	sum := BatchSummary{
		Resumes:       s.resumes,
		Jobs:          append([]string{}, s.jobs...),
		Rows:          s.rows,
		Scored:        len(s.scores),
		Failed:        s.failed,
		Histogram:     make([]ScoreBucket, 10),
		CommonMissing: []TermCount{},
		BestJobs:      []BestJob{},
	}
	for i := range sum.Histogram {
		sum.Histogram[i] = ScoreBucket{From: i * 10, To: i*10 + 10}
	}
	if n := len(s.scores); n > 0 {
		sorted := slices.Clone(s.scores)
		slices.Sort(sorted)
		total := 0.0
		for _, v := range sorted {
			total += v
			b := min(max(int(v/10), 0), 9) // 100 falls in the last bucket
			sum.Histogram[b].Count++
		}
		sum.Mean = round1(total / float64(n))
		sum.Min, sum.Max = sorted[0], sorted[n-1]
		if n%2 == 1 {
			sum.Median = sorted[n/2]
		} else {
			sum.Median = round1((sorted[n/2-1] + sorted[n/2]) / 2)
		}
	}
	for t, c := range s.missing {
		sum.CommonMissing = append(sum.CommonMissing, TermCount{Term: t, Count: c})
	}
	slices.SortFunc(sum.CommonMissing, func(x, y TermCount) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.Term, y.Term))
	})
	if len(sum.CommonMissing) > topTerms {
		sum.CommonMissing = sum.CommonMissing[:topTerms]
	}
	order := make([]int, len(s.best))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int { return cmp.Compare(s.bestIdx[x], s.bestIdx[y]) })
	for _, i := range order {
		sum.BestJobs = append(sum.BestJobs, s.best[i])
	}
	return sum
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
