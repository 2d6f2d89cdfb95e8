package ats

import (
	"context"
	"fmt"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/check"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/atsmatch/atsmatch/pkg/sections"
	"github.com/atsmatch/atsmatch/pkg/suggest"
)

// Check reads src as an ATS parser would and reports what helps or hurts
// it (pkg/check): contact details, sections, dates, layout, content, and
// whether it reads as a resume at all. It needs no dictionary. A zero lim
// means [extract.DefaultLimits].
func Check(ctx context.Context, src extract.Source, lim extract.Limits) (*report.CheckResult, error) {
	if lim == (extract.Limits{}) {
		lim = extract.DefaultLimits()
	}
	return underDeadline(ctx, lim, nil, src.Name, func(ctx context.Context) (res *report.CheckResult, err error) {
		doc, text, err := read(ctx, src, lim)
		if err != nil {
			return nil, err
		}
		defer recoverInto(&err, src.Name)
		lines := strings.Split(text, "\n")
		cr := check.Run(checkDoc(doc, lines, sections.Resume(text), len(src.Data)))
		return &report.CheckResult{
			SchemaVersion: report.SchemaVersion,
			Document:      report.Document{Name: src.Name, Parse: parseOf(doc)},
			Findings:      toFindings(cr),
			Lines:         lines,
		}, nil
	})
}

// CheckMatch is [Check] against a prepared job: the findings end with
// job.keywords, the keyword score and coverage, and the match they come
// from is returned too, so `match --check` analyses the resume once.
func (a *Analyzer) CheckMatch(ctx context.Context, job *Job, resume extract.Source) (*report.CheckResult, *report.MatchResult, error) {
	if job == nil || job.doc == nil {
		return nil, nil, fmt.Errorf("ats: CheckMatch needs a job from PrepareJob")
	}
	type both struct {
		c *report.CheckResult
		m *report.MatchResult
	}
	r, err := underDeadline(ctx, a.lim, a.cpu, resume.Name, func(ctx context.Context) (both, error) {
		c, m, err := a.checkMatch(ctx, job, resume)
		return both{c, m}, err
	})
	return r.c, r.m, err
}

func (a *Analyzer) checkMatch(ctx context.Context, job *Job, resume extract.Source) (res *report.CheckResult, m *report.MatchResult, err error) {
	r, err := a.analyse(ctx, resume, false)
	if err != nil {
		return nil, nil, fmt.Errorf("resume: %w", err)
	}
	defer recoverInto(&err, r.name)
	sc, rq := a.scorePair(job, r.sdoc)
	m = a.toMatchResult(job.doc, r, sc, rq, suggest.For(a.dict, sc, job.doc.sdoc, r.sdoc, rq))
	cj := &report.CheckJob{Name: job.doc.name, Score: m.Score, Subscores: m.Subscores, Coverage: m.Coverage, TopMissing: []string{}}
	for _, t := range m.Missing {
		if len(cj.TopMissing) == DefaultTopMissing {
			break
		}
		cj.TopMissing = append(cj.TopMissing, t.Term)
	}
	cr := check.Run(checkDoc(r.raw, r.sdoc.Lines, r.sdoc.Sections, r.size))
	cr.Findings = append(cr.Findings, check.KeywordsFinding(check.Match{
		Job: job.doc.name, Score: m.Score, TopMissing: cj.TopMissing,
		HardMatched: m.Coverage.HardMatched, HardTotal: m.Coverage.HardTotal,
		SoftMatched: m.Coverage.SoftMatched, SoftTotal: m.Coverage.SoftTotal,
	}))
	return &report.CheckResult{
		SchemaVersion: report.SchemaVersion,
		Document:      m.Resume,
		Findings:      toFindings(cr),
		Job:           cj,
		AsOf:          m.AsOf,
		Requirements:  m.Requirements,
		Lines:         r.sdoc.Lines,
	}, m, nil
}

// checkDoc is what pkg/check reads: the normalised lines with their
// sections, the lines as read, and what the reader learned of the layout.
func checkDoc(doc *extract.Document, lines []string, secs []sections.Line, size int) check.Doc {
	d := check.Doc{Lines: lines, Sections: secs, Layout: check.Layout{
		Format: string(doc.Format), Pages: doc.Pages, Bytes: int64(size), Words: doc.Words, Confidence: doc.Confidence,
		Warnings: doc.Warnings, Images: doc.Layout.Images, Tables: doc.Layout.Tables,
	}}
	if raw := strings.Split(doc.Text, "\n"); len(raw) == len(lines) {
		d.Raw = raw
	}
	for _, r := range doc.Layout.Regions {
		d.Layout.Regions = append(d.Layout.Regions, check.Region{Kind: r.Kind, From: r.From, To: r.To})
	}
	return d
}

// toFindings converts check's result and tallies it.
func toFindings(cr check.Result) report.Findings {
	out := report.Findings{Kind: string(cr.Kind), Checks: make([]report.Finding, 0, len(cr.Findings))}
	for _, f := range cr.Findings {
		lines := f.Lines
		if lines == nil {
			lines = []int{}
		}
		out.Checks = append(out.Checks, report.Finding{ID: f.ID, Status: string(f.Status), Message: f.Message, Lines: lines, Fix: f.Fix})
	}
	out.Summary.Pass, out.Summary.Warn, out.Summary.Fail = check.Summary(cr.Findings)
	return out
}

// notResume is, for a rank row, what a document reads as when it reads as
// a job posting or a cover letter; "" otherwise. A document with no cue of
// any kind ("other": a bare list of skills) is ranked: only what is shown
// to be something else is taken out of the ranking.
func notResume(d *analysed) (kind string) {
	defer func() {
		if recover() != nil {
			kind = "" // a bug here must not fail the row
		}
	}()
	switch k := check.KindOf(d.sdoc.Lines, d.sdoc.Sections); k {
	case check.KindJobPosting, check.KindCoverLetter:
		return string(k)
	}
	return ""
}
