package report

import (
	"cmp"
	"math"
	"slices"
)

// Summarizer accumulates a [BatchSummary] resume by resume, keeping only
// scores and counts (with several jobs, one score per job and resume for
// the matrix), so a streamed batch needs no list of rows.
type Summarizer struct {
	// Floor is the score a resume's best job must reach to be named
	// (BestJob.Job); NewSummarizer sets [DefaultBestJobFloor].
	Floor float64

	jobs    []string
	resumes int
	rows    int
	failed  int
	other   int // files that read as no resume
	all     scoreSet
	byJob   []scoreSet // one per job, in order
	best    []BestJob  // with several jobs: one per resume read
	bestIdx []int      // best[i]'s resume Index, to break ties in input order
}

// scoreSet is the scores of a set of rows and the terms they lack.
type scoreSet struct {
	scores  []float64
	missing map[string]int
}

func (s *scoreSet) add(r BatchRow) {
	s.scores = append(s.scores, r.Score)
	if s.missing == nil {
		s.missing = map[string]int{}
	}
	for i, t := range r.TopMissing {
		// Two asks can share a name ("AWS", and "AWS or GCP" read as AWS):
		// a row lacks the term once, or a count would pass the rows.
		if !slices.Contains(r.TopMissing[:i], t) {
			s.missing[t]++
		}
	}
}

// NewSummarizer starts a summary for a batch over jobs (names in order).
func NewSummarizer(jobs []string) *Summarizer {
	return &Summarizer{Floor: DefaultBestJobFloor, jobs: slices.Clone(jobs), byJob: make([]scoreSet, len(jobs))}
}

// Add counts one resume's rows, one per job in job order, as
// ats.Analyzer.Rank hands them over. A resume that could not be read fails
// every row and counts as one failure.
func (s *Summarizer) Add(rows []BatchRow) {
	if len(rows) == 0 {
		return
	}
	s.resumes++
	s.rows += len(rows)
	if rows[0].DocumentKind != "" {
		// A job posting or a cover letter among the resumes is listed,
		// not ranked: its scores would skew what a coach reads here.
		s.other++
		return
	}
	best := BestJob{Resume: rows[0].Resume, Scores: make([]float64, 0, len(rows))}
	found := false
	for i, r := range rows {
		if r.Error != nil {
			continue
		}
		s.all.add(r)
		if i < len(s.byJob) {
			s.byJob[i].add(r)
		}
		best.Scores = append(best.Scores, r.Score)
		// Ties keep the earlier job, as given on the command line.
		if !found || r.Score > best.Score {
			best.Job, best.Score, found = r.Job, r.Score, true
		}
	}
	if !found {
		s.failed++
		return
	}
	if len(s.jobs) > 1 && len(best.Scores) == len(rows) {
		s.best = append(s.best, best)
		s.bestIdx = append(s.bestIdx, rows[0].Index)
	}
}

// Summary returns the summary so far; topTerms caps each CommonMissing
// (0 means 10).
func (s *Summarizer) Summary(topTerms int) BatchSummary {
	if topTerms <= 0 {
		topTerms = 10
	}
	sum := BatchSummary{
		Resumes:      s.resumes,
		Jobs:         append([]string{}, s.jobs...),
		Rows:         s.rows,
		Scored:       len(s.all.scores),
		Failed:       s.failed,
		NotResumes:   s.other,
		ByJob:        make([]JobSummary, len(s.jobs)),
		BestJobs:     []BestJob{},
		BestJobFloor: s.Floor,
	}
	st := s.all.stats(topTerms)
	sum.Mean, sum.Median, sum.Min, sum.Max, sum.Histogram, sum.CommonMissing = st.Mean, st.Median, st.Min, st.Max, st.Histogram, st.CommonMissing
	for i, j := range s.jobs {
		sum.ByJob[i] = s.byJob[i].stats(topTerms)
		sum.ByJob[i].Job = j
	}
	order := make([]int, len(s.best))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int {
		return cmp.Or(cmp.Compare(s.best[y].Score, s.best[x].Score), cmp.Compare(s.bestIdx[x], s.bestIdx[y]))
	})
	for _, i := range order {
		b := s.best[i]
		b.Scores = slices.Clone(b.Scores)
		if b.Score < s.Floor {
			b.Job = ""
		}
		sum.BestJobs = append(sum.BestJobs, b)
	}
	return sum
}

// stats sums up one set of scores; Job is left for the caller.
func (s *scoreSet) stats(topTerms int) JobSummary {
	js := JobSummary{Scored: len(s.scores), Histogram: make([]ScoreBucket, 10), CommonMissing: []TermCount{}}
	for i := range js.Histogram {
		js.Histogram[i] = ScoreBucket{From: i * 10, To: i*10 + 10}
	}
	if n := len(s.scores); n > 0 {
		sorted := slices.Clone(s.scores)
		slices.Sort(sorted)
		total := 0.0
		for _, v := range sorted {
			total += v
			b := min(max(int(v/10), 0), 9) // 100 falls in the last bucket
			js.Histogram[b].Count++
		}
		js.Mean = round1(total / float64(n))
		js.Min, js.Max = sorted[0], sorted[n-1]
		if n%2 == 1 {
			js.Median = sorted[n/2]
		} else {
			js.Median = round1((sorted[n/2-1] + sorted[n/2]) / 2)
		}
	}
	for t, c := range s.missing {
		js.CommonMissing = append(js.CommonMissing, TermCount{Term: t, Count: c})
	}
	slices.SortFunc(js.CommonMissing, func(x, y TermCount) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.Term, y.Term))
	})
	if len(js.CommonMissing) > topTerms {
		js.CommonMissing = js.CommonMissing[:topTerms]
	}
	return js
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
