package ats

import (
	"context"
	"errors"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/atsmatch/atsmatch/pkg/requirements"
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
// workers, and calls emit once per resume as results complete (completion
// order; emit is never called concurrently) with that resume's rows: one
// per job, in job order. Each resume is analysed once whatever the number
// of jobs, and Rank keeps no rows: memory stays flat however many resumes
// there are. A resume that cannot be read or analysed gets rows with Error
// set and the run goes on. Rank returns when inputs is closed and drained,
// or with ctx's error once cancelled: then at once, without waiting for
// workers still busy (a read stuck in the kernel), so the caller can write
// the rows it has; no emit follows. [report.Summarizer] sums the rows up
// and [report.SortRows] orders them.
func (a *Analyzer) Rank(ctx context.Context, jobs []*Job, inputs <-chan Input, opts RankOptions, emit func([]report.BatchRow)) error {
	if len(jobs) == 0 {
		return errors.New("ats: Rank needs at least one job")
	}
	for _, j := range jobs {
		if j == nil || j.doc == nil {
			return errors.New("ats: Rank needs jobs from PrepareJob")
		}
	}
	top := opts.TopMissing
	if top <= 0 {
		top = DefaultTopMissing
	}
	return runPool(ctx, opts.Workers, inputs, func(ctx context.Context, idx int, in Input) []report.BatchRow {
		return a.rankOne(ctx, jobs, idx, in, top)
	}, emit)
}

// rankOne analyses one resume and scores it against every job.
func (a *Analyzer) rankOne(ctx context.Context, jobs []*Job, idx int, in Input, top int) []report.BatchRow {
	rows := make([]report.BatchRow, len(jobs))
	for i, j := range jobs {
		rows[i] = report.BatchRow{
			SchemaVersion:     report.BatchSchemaVersion,
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
	src, err := a.source(ctx, in)
	if err != nil {
		return fail(err)
	}
	// One deadline covers the resume's whole analysis: the stages and
	// scoring against every job (loading had its own).
	scored, err := underDeadline(ctx, a.lim, a.cpu, in.Name, func(ctx context.Context) (scoredResume, error) {
		return a.scoreAll(ctx, jobs, src)
	})
	if err != nil {
		return fail(err)
	}
	for i, s := range scored.scores {
		rows[i].DocumentKind = scored.kind
		if s.err != nil {
			rows[i].Error = &report.BatchError{Kind: extract.Kind(s.err), Message: errorMessage(s.err, in.Name)}
			continue
		}
		sc := s.sc
		rows[i].TitleStatus, rows[i].EducationStatus, rows[i].ExperienceStatus = string(s.rq.JobTitle.Status), string(s.rq.Education.Status), string(s.rq.Experience.Status)
		rows[i].AsOf = s.rq.AsOf
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

// scoreOrErr is one job's score of a resume, or why it failed.
type scoreOrErr struct {
	sc  score.Result
	rq  requirements.Result
	err error
}

// scoredResume is a resume's scores against every job, and what it reads
// as when that is a posting or a letter (notResume).
type scoredResume struct {
	scores []scoreOrErr
	kind   string
}

// scoreAll analyses src once and scores it against every job.
func (a *Analyzer) scoreAll(ctx context.Context, jobs []*Job, src extract.Source) (scoredResume, error) {
	r, err := a.analyse(ctx, src, false) // src is dead from here: its bytes can go
	if err != nil {
		return scoredResume{}, err
	}
	out := scoredResume{scores: make([]scoreOrErr, len(jobs)), kind: notResume(r)}
	for i, j := range jobs {
		out.scores[i].sc, out.scores[i].rq, out.scores[i].err = a.scoreSafely(j, r.sdoc, r.name)
	}
	return out, nil
}

// source is in's document: in.Source, or what in.Load reads; named
// after in when the reader gave it no name.
func (a *Analyzer) source(ctx context.Context, in Input) (extract.Source, error) {
	src := in.Source
	if in.Load != nil {
		var err error
		if src, err = a.load(ctx, in); err != nil {
			return src, err
		}
	}
	if src.Name == "" {
		src.Name = in.Name
	}
	return src, nil
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

// scoreSafely is scorePair with a panic turned into an error: one bad
// document must not take down a batch.
func (a *Analyzer) scoreSafely(job *Job, resume score.Doc, name string) (sc score.Result, rq requirements.Result, err error) {
	defer recoverInto(&err, name)
	sc, rq = a.scorePair(job, resume)
	return sc, rq, nil
}

// errorMessage is err's cause without the file name, which the row holds.
func errorMessage(err error, name string) string {
	var fe *extract.FileError
	if errors.As(err, &fe) {
		return fe.Err.Error()
	}
	return err.Error()
}
