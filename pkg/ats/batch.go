package ats

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/atsmatch/atsmatch/pkg/score"
)

// DefaultTopMissing is how many missing terms a batch row lists.
const DefaultTopMissing = 5

// Input is one resume for [Analyzer.Rank]. Load, when set, is called in a
// worker, so reading files runs in parallel and only a few documents are in
// memory at once; otherwise Source is used as is. Load gets a context with
// the per-document deadline; a Load that outlives it (or the run) is left
// behind and the resume gets a timeout row.
type Input struct {
	Name   string
	Source extract.Source
	Load   func(context.Context) (extract.Source, error)
}

// RankOptions tune [Analyzer.Rank]; the zero value is GOMAXPROCS workers and
// DefaultTopMissing terms per row.
type RankOptions struct {
	Workers    int
	TopMissing int
}

// Name is the job's name as given to PrepareJob.
func (j *Job) Name() string {
	if j == nil || j.doc == nil {
		return ""
	}
	return j.doc.name
}

// Rank scores every resume read from inputs against every job, with a pool of
// workers, and calls emit once per (resume, job) row as results complete
// (completion order; emit is never called concurrently). The rows of one
// resume are emitted together, in job order. Each resume is
// analysed once whatever the number of jobs, and only rows are kept: memory
// stays flat however many resumes there are. A resume that cannot be read or
// analysed becomes a row with Error set and the run goes on. Rank returns
// when inputs is closed and drained, or with ctx's error once cancelled:
// then at once, without waiting for workers still busy (a read stuck in the
// kernel), so the caller can write the rows it has; no emit follows.
func (a *Analyzer) Rank(ctx context.Context, jobs []*Job, inputs <-chan Input, opts RankOptions, emit func(report.BatchRow)) error {
	if len(jobs) == 0 {
		return errors.New("ats: Rank needs at least one job")
	}
	for _, j := range jobs {
		if j == nil || j.doc == nil {
			return errors.New("ats: Rank needs jobs from PrepareJob")
		}
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	top := opts.TopMissing
	if top <= 0 {
		top = DefaultTopMissing
	}
	type item struct {
		idx int
		in  Input
	}
	work := make(chan item)
	out := make(chan []report.BatchRow, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range work {
				rows := a.rankOne(ctx, jobs, it.idx, it.in, top)
				select {
				case out <- rows:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() {
		defer close(work)
		idx := 0
		for {
			select {
			case <-ctx.Done():
				return
			case in, ok := <-inputs:
				if !ok {
					return
				}
				select {
				case work <- item{idx, in}:
					idx++
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()
	for {
		select {
		case rows, ok := <-out:
			if !ok {
				return ctx.Err()
			}
			if ctx.Err() != nil {
				return ctx.Err() // workers give up their sends on ctx.Done
			}
			for _, r := range rows {
				emit(r)
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// rankOne analyses one resume and scores it against every job.
func (a *Analyzer) rankOne(ctx context.Context, jobs []*Job, idx int, in Input, top int) []report.BatchRow {
	rows := make([]report.BatchRow, len(jobs))
	for i, j := range jobs {
		rows[i] = report.BatchRow{
			SchemaVersion:     report.SchemaVersion,
			Index:             idx,
			Resume:            in.Name,
			Job:               j.doc.name,
			TopMissing:        []string{},
			DictionaryVersion: a.dict.Version,
			AlgorithmVersion:  AlgorithmVersion,
		}
	}
	fail := func(err error) []report.BatchRow {
		e := &report.BatchError{Kind: extract.Kind(err), Message: errorMessage(err, in.Name)}
		for i := range rows {
			rows[i].Error = e
		}
		return rows
	}
	src := in.Source
	if in.Load != nil {
		var err error
		if src, err = a.load(ctx, in); err != nil {
			return fail(err)
		}
	}
	if src.Name == "" {
		src.Name = in.Name
	}
	r, err := a.analyse(ctx, src, false)
	if err != nil {
		return fail(err)
	}
	for i, j := range jobs {
		sc, err := a.scoreSafely(j.doc.sdoc, r.sdoc, src.Name)
		if err != nil {
			rows[i].Error = &report.BatchError{Kind: extract.Kind(err), Message: errorMessage(err, in.Name)}
			continue
		}
		rows[i].Score = sc.Total
		rows[i].Subscores = report.Subscores{Hard: sc.Hard, Soft: sc.Soft}
		rows[i].Coverage = report.Coverage{
			HardMatched: sc.HardMatched, HardTotal: sc.HardTotal,
			SoftMatched: sc.SoftMatched, SoftTotal: sc.SoftTotal,
		}
		// Terms are most important first, so the first missing ones are the top.
		for _, tr := range sc.Terms {
			if len(rows[i].TopMissing) == top {
				break
			}
			if tr.Term != nil && !tr.Matched {
				rows[i].TopMissing = append(rows[i].TopMissing, tr.Term.Name)
			}
		}
	}
	return rows
}

// load runs in.Load under the per-document deadline and returns when it
// passes or ctx is done even if Load does not: one stuck read (a FIFO, a
// stalled mount) must not hold a worker, and so the run, for ever.
func (a *Analyzer) load(ctx context.Context, in Input) (extract.Source, error) {
	if a.lim.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, a.lim.Timeout)
		defer cancel()
	}
	type result struct {
		src extract.Source
		err error
	}
	ch := make(chan result, 1) // buffered: a Load left behind does not block
	go func() {
		var r result
		defer func() { ch <- r }()
		defer recoverInto(&r.err, in.Name)
		r.src, r.err = in.Load(ctx)
	}()
	select {
	case r := <-ch:
		return r.src, r.err
	case <-ctx.Done():
		return extract.Source{}, &extract.FileError{Name: in.Name, Err: extract.ErrTimeout}
	}
}

// scoreSafely is score.Compute with a panic turned into an error: one bad
// document must not take down a batch.
func (a *Analyzer) scoreSafely(job, resume score.Doc, name string) (sc score.Result, err error) {
	defer recoverInto(&err, name)
	return score.Compute(a.dict, job, resume), nil
}

// errorMessage is err's cause without the file name, which the row holds.
func errorMessage(err error, name string) string {
	var fe *extract.FileError
	if errors.As(err, &fe) {
		return fe.Err.Error()
	}
	return err.Error()
}

// Sort keys for [SortRows].
const (
	SortScore = "score" // best score first
	SortName  = "name"  // resume name, then job name
	SortHard  = "hard"  // best hard-skill subscore first
	SortSoft  = "soft"  // best soft-skill subscore first
)

// SortKeys lists the keys [SortRows] accepts.
func SortKeys() []string { return []string{SortScore, SortName, SortHard, SortSoft} }

// SortRows puts rows in their final order by key; ties, and rows of
// equal value, keep input order (Index, then job order as given), so the
// output does not depend on which worker finished first. Failed rows go last.
func SortRows(rows []report.BatchRow, key string, jobOrder []string) error {
	jobPos := make(map[string]int, len(jobOrder))
	for i, j := range jobOrder {
		if _, ok := jobPos[j]; !ok {
			jobPos[j] = i
		}
	}
	var by func(x, y report.BatchRow) int
	switch key {
	case SortScore, "":
		by = func(x, y report.BatchRow) int { return cmp.Compare(y.Score, x.Score) }
	case SortHard:
		by = func(x, y report.BatchRow) int { return cmp.Compare(y.Subscores.Hard, x.Subscores.Hard) }
	case SortSoft:
		by = func(x, y report.BatchRow) int { return cmp.Compare(y.Subscores.Soft, x.Subscores.Soft) }
	case SortName:
		by = func(x, y report.BatchRow) int {
			return cmp.Or(cmp.Compare(x.Resume, y.Resume), cmp.Compare(x.Job, y.Job))
		}
	default:
		return fmt.Errorf("unknown sort key %q (want score, name, hard, soft)", key)
	}
	slices.SortStableFunc(rows, func(x, y report.BatchRow) int {
		if c := cmp.Compare(failedRank(x), failedRank(y)); c != 0 {
			return c
		}
		if x.Error == nil || key == SortName {
			if c := by(x, y); c != 0 {
				return c
			}
		}
		return cmp.Or(cmp.Compare(x.Index, y.Index), cmp.Compare(jobPos[x.Job], jobPos[y.Job]))
	})
	return nil
}

func failedRank(r report.BatchRow) int {
	if r.Error != nil {
		return 1
	}
	return 0
}

// Summarizer accumulates a [report.BatchSummary] row by row, keeping only
// scores and counts, so a streamed batch needs no list of rows.
type Summarizer struct {
	jobs    []string
	resumes map[int]bool // only with several jobs: one job means one row per resume
	rows    int
	failed  int
	scores  []float64
	missing map[string]int
	best    map[int]report.BestJob
}

// NewSummarizer starts a summary for a batch over jobs (names in order).
func NewSummarizer(jobs []string) *Summarizer {
	return &Summarizer{
		jobs:    append([]string{}, jobs...),
		resumes: map[int]bool{},
		missing: map[string]int{},
		best:    map[int]report.BestJob{},
	}
}

// Add counts one row.
func (s *Summarizer) Add(r report.BatchRow) {
	s.rows++
	if len(s.jobs) > 1 {
		s.resumes[r.Index] = true
	}
	if r.Error != nil {
		s.failed++
		return
	}
	s.scores = append(s.scores, r.Score)
	for _, t := range r.TopMissing {
		s.missing[t]++
	}
	if len(s.jobs) < 2 {
		return
	}
	// Ties keep the earlier job, as given on the command line.
	if b, ok := s.best[r.Index]; !ok || r.Score > b.Score || (r.Score == b.Score && s.jobIndex(r.Job) < s.jobIndex(b.Job)) {
		s.best[r.Index] = report.BestJob{Resume: r.Resume, Job: r.Job, Score: r.Score}
	}
}

func (s *Summarizer) jobIndex(name string) int {
	if i := slices.Index(s.jobs, name); i >= 0 {
		return i
	}
	return len(s.jobs)
}

// Summary returns the summary so far; topTerms caps CommonMissing
// (0 means 10).
func (s *Summarizer) Summary(topTerms int) report.BatchSummary {
	if topTerms <= 0 {
		topTerms = 10
	}
	resumes := len(s.resumes)
	if len(s.jobs) < 2 {
		resumes = s.rows
	}
	sum := report.BatchSummary{
		Resumes:       resumes,
		Jobs:          append([]string{}, s.jobs...),
		Rows:          s.rows,
		Scored:        len(s.scores),
		Failed:        s.failed,
		Histogram:     make([]report.ScoreBucket, 10),
		CommonMissing: []report.TermCount{},
		BestJobs:      []report.BestJob{},
	}
	for i := range sum.Histogram {
		sum.Histogram[i] = report.ScoreBucket{From: i * 10, To: i*10 + 10}
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
		sum.CommonMissing = append(sum.CommonMissing, report.TermCount{Term: t, Count: c})
	}
	slices.SortFunc(sum.CommonMissing, func(x, y report.TermCount) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.Term, y.Term))
	})
	if len(sum.CommonMissing) > topTerms {
		sum.CommonMissing = sum.CommonMissing[:topTerms]
	}
	if len(s.jobs) > 1 {
		idx := make([]int, 0, len(s.best))
		for i := range s.best {
			idx = append(idx, i)
		}
		slices.Sort(idx)
		for _, i := range idx {
			sum.BestJobs = append(sum.BestJobs, s.best[i])
		}
	}
	return sum
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
