package ats

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/atsmatch/atsmatch/pkg/score"
	"github.com/atsmatch/atsmatch/pkg/sections"
	"github.com/atsmatch/atsmatch/pkg/suggest"
	"github.com/atsmatch/atsmatch/pkg/textnorm"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// AlgorithmVersion changes whenever the same inputs may score differently.
// 4: the job title, education and years of experience count in the score.
const AlgorithmVersion = "4"

// Options configure an [Analyzer].
type Options struct {
	Dict   *keywords.Dict // nil → keywords.Default()
	Limits extract.Limits // zero → extract.DefaultLimits()
	// MaxMatches caps the dictionary hits one document keeps (0 →
	// DefaultMaxMatches); the rest are left out with a warning.
	MaxMatches int
	// Overlays are user dictionary files (YAML) merged over Dict, in order,
	// so callers need not import keywords.
	Overlays []Overlay
	// AsOf is the date "present" stands for in a resume's date ranges
	// ("Jan 2019 - Present"): zero means today, read at each match. Give
	// one for reports that must not change with the day.
	AsOf time.Time
}

// Overlay is one dictionary overlay file: its name for messages and its bytes.
type Overlay struct {
	Name string
	Data []byte
}

// Analyzer runs the pipeline with one compiled dictionary.
type Analyzer struct {
	dict       *keywords.Dict
	m          *match.Matcher
	lim        extract.Limits
	maxMatches int
	as         time.Time     // Options.AsOf
	cpu        chan struct{} // one slot per CPU: the analyses running at once (underDeadline)
}

// Job is a job description analysed once, to be matched against many resumes.
type Job struct {
	doc  *analysed
	asks *score.JobAsks // what it asks, read once for every resume
}

// analysed is one document carried through every stage up to scoring.
type analysed struct {
	name   string
	parse  report.Parse
	text   string // normalised
	sdoc   score.Doc
	result match.Result
	raw    *extract.Document // a resume as read, before normalising: for the check findings
	size   int               // bytes read
}

// New compiles the dictionary once.
func New(opts Options) (a *Analyzer, err error) {
	defer recoverInto(&err, "dictionary")
	d := opts.Dict
	if d == nil {
		if d, err = keywords.Default(); err != nil {
			return nil, fmt.Errorf("loading dictionary: %w", err)
		}
	}
	if len(opts.Overlays) > 0 {
		ovs := make([]*keywords.Overlay, 0, len(opts.Overlays))
		for _, o := range opts.Overlays {
			ov, err := keywords.LoadOverlay(o.Name, o.Data)
			if err != nil {
				return nil, err
			}
			ovs = append(ovs, ov)
		}
		if d, err = d.Merge(ovs...); err != nil {
			return nil, err
		}
	}
	lim := opts.Limits
	if lim == (extract.Limits{}) {
		lim = extract.DefaultLimits()
	}
	var m *match.Matcher
	if opts.Dict == nil && len(opts.Overlays) == 0 {
		m, err = match.Default()
	} else {
		m, err = match.Compile(d)
	}
	if err != nil {
		return nil, fmt.Errorf("compiling dictionary: %w", err)
	}
	maxMatches := opts.MaxMatches
	if maxMatches <= 0 {
		maxMatches = DefaultMaxMatches
	}
	return &Analyzer{dict: d, m: m, lim: lim, maxMatches: maxMatches, as: opts.AsOf, cpu: make(chan struct{}, runtime.GOMAXPROCS(0))}, nil
}

// DictionaryVersion is the version of the dictionary the Analyzer uses.
func (a *Analyzer) DictionaryVersion() string { return a.dict.Version }

// Match scores resume against job.
func (a *Analyzer) Match(ctx context.Context, job, resume extract.Source) (*report.MatchResult, error) {
	j, err := a.PrepareJob(ctx, job)
	if err != nil {
		return nil, err
	}
	return a.MatchJob(ctx, j, resume)
}

// PrepareJob analyses a job description for repeated use with [Analyzer.MatchJob].
func (a *Analyzer) PrepareJob(ctx context.Context, job extract.Source) (*Job, error) {
	j, err := underDeadline(ctx, a.lim, a.cpu, job.Name, func(ctx context.Context) (*Job, error) {
		d, err := a.analyse(ctx, job, true)
		if err != nil {
			return nil, err
		}
		return &Job{doc: d, asks: score.ReadJob(a.dict, d.sdoc)}, nil
	})
	if err != nil {
		return nil, fmt.Errorf("job: %w", err)
	}
	return j, nil
}

// MatchJob scores resume against a prepared job.
func (a *Analyzer) MatchJob(ctx context.Context, job *Job, resume extract.Source) (res *report.MatchResult, err error) {
	if job == nil || job.doc == nil {
		return nil, fmt.Errorf("ats: MatchJob needs a job from PrepareJob")
	}
	name := resume.Name
	return underDeadline(ctx, a.lim, a.cpu, name, func(ctx context.Context) (*report.MatchResult, error) {
		r, err := a.analyse(ctx, resume, false)
		if err != nil {
			return nil, fmt.Errorf("resume: %w", err)
		}
		sc, rq := a.scorePair(job, r.sdoc)
		sugg := suggest.For(a.dict, sc, job.doc.sdoc, r.sdoc, rq)
		return a.toMatchResult(job.doc, r, sc, rq, sugg), nil
	})
}

// Keywords lists the dictionary terms src contains. When src reads as a job
// posting (it has requirement or preference lines), boilerplate such as
// benefits and EEO statements is left out and listed in Ignored, as in
// [Analyzer.Match]; a resume is read whole.
func (a *Analyzer) Keywords(ctx context.Context, src extract.Source) (res *report.KeywordsResult, err error) {
	return underDeadline(ctx, a.lim, a.cpu, src.Name, func(ctx context.Context) (*report.KeywordsResult, error) {
		return a.keywords(ctx, src)
	})
}

func (a *Analyzer) keywords(ctx context.Context, src extract.Source) (*report.KeywordsResult, error) {
	d, err := a.analyse(ctx, src, true)
	if err != nil {
		return nil, err
	}
	matches := d.sdoc.Matches
	ignored := []report.IgnoredSection{}
	job := looksLikeJob(d.sdoc.Sections)
	if job {
		matches = countedMatches(d.sdoc)
		ignored = ignoredSections(d.sdoc)
	}
	return &report.KeywordsResult{
		SchemaVersion:     report.SchemaVersion,
		Document:          report.Document{Name: d.name, Parse: d.parse, IgnoredMatches: ignoredMatches(d.sdoc, job, d.result.Rejected, a.termName)},
		Keywords:          a.keywordList(d.sdoc.Lines, matches),
		Ignored:           ignored,
		DictionaryVersion: a.dict.Version,
	}, nil
}

// Text returns the normalised text exactly as the matcher reads it.
func (a *Analyzer) Text(ctx context.Context, src extract.Source) (*report.TextResult, error) {
	return Text(ctx, src, a.lim)
}

// Text is [Analyzer.Text] without a dictionary: reading and normalising need
// none, and loading one costs a command-line run more than the reading does.
// A zero lim means [extract.DefaultLimits].
func Text(ctx context.Context, src extract.Source, lim extract.Limits) (*report.TextResult, error) {
	if lim == (extract.Limits{}) {
		lim = extract.DefaultLimits()
	}
	type read2 struct {
		doc  *extract.Document
		text string
	}
	r, err := underDeadline(ctx, lim, nil, src.Name, func(ctx context.Context) (read2, error) {
		doc, text, err := read(ctx, src, lim)
		return read2{doc, text}, err
	})
	if err != nil {
		return nil, err
	}
	doc, text := r.doc, r.text
	return &report.TextResult{
		SchemaVersion: report.SchemaVersion,
		Document:      report.Document{Name: src.Name, Parse: parseOf(doc)},
		Text:          text,
	}, nil
}

// read extracts and normalises src. Normalising can lengthen the text
// (NFKC spells U+FDFA in 18 characters), so the caps apply again.
func read(ctx context.Context, src extract.Source, lim extract.Limits) (doc *extract.Document, text string, err error) {
	defer recoverInto(&err, src.Name)
	if err := ctx.Err(); err != nil {
		return nil, "", err
	}
	doc, err = extract.Extract(ctx, src, lim)
	if err != nil {
		return nil, "", err
	}
	text, cut := extract.Truncate(textnorm.Normalize(doc.Text), lim)
	doc.Warnings = addWarning(doc.Warnings, cut)
	return doc, text, nil
}

// analyse runs a document through every stage before scoring. isJob selects
// the job-description line classifier. Callers run it under the
// per-document deadline (underDeadline).
func (a *Analyzer) analyse(ctx context.Context, src extract.Source, isJob bool) (d *analysed, err error) {
	doc, text, err := read(ctx, src, a.lim)
	if err != nil {
		return nil, err
	}
	name, size := src.Name, len(src.Data) // src is dead from here: the file's bytes can go
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	defer recoverInto(&err, name)
	toks := tokenize.Tokenize(text)
	res, cut := capMatches(a.m.Match(text, toks), a.maxMatches)
	doc.Warnings = addWarning(doc.Warnings, cut)
	lines := strings.Split(text, "\n")
	var secs []sections.Line
	if isJob {
		secs = sections.Job(text)
	} else {
		secs = sections.Resume(text)
	}
	if len(secs) != len(lines) {
		return nil, fmt.Errorf("%s: internal error: %d section lines for %d text lines", name, len(secs), len(lines))
	}
	d = &analysed{
		name:   name,
		parse:  parseOf(doc),
		text:   text,
		sdoc:   score.Doc{Lines: lines, Matches: res.Matches, Sections: secs},
		result: res,
		size:   size,
	}
	if !isJob {
		d.raw = doc // a job, kept for many resumes, need not keep its text twice
	}
	return d, nil
}

// recoverInto turns a panic in a stage into an error, so one bad document
// cannot take down a batch.
func recoverInto(err *error, name string) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: internal error (please report this bug): %v", name, r)
	}
}

func parseOf(doc *extract.Document) report.Parse {
	w := append([]string{}, doc.Warnings...)
	return report.Parse{
		Format:     string(doc.Format),
		Pages:      doc.Pages,
		Words:      doc.Words,
		Confidence: doc.Confidence,
		Warnings:   w,
	}
}

func looksLikeJob(secs []sections.Line) bool {
	for _, s := range secs {
		if s.Role == sections.Required || s.Role == sections.Preferred {
			return true
		}
	}
	return false
}

// countedMatches drops matches in ignored lines or sentences, as the score does.
func countedMatches(d score.Doc) []match.Match {
	out := make([]match.Match, 0, len(d.Matches))
	role := d.Roles()
	for _, m := range d.Matches {
		if role(m.Line, m.Start) == sections.Ignored {
			continue
		}
		out = append(out, m)
	}
	return out
}
