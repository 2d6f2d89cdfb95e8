package ats

import (
	"context"
	"errors"
	"fmt"

	"github.com/atsmatch/atsmatch/pkg/check"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/market"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/atsmatch/atsmatch/pkg/score"
)

// Resume is a resume analysed once, to be read against many postings
// ([Analyzer.Market]).
type Resume struct {
	doc *analysed
}

// Name is the resume's name as given to PrepareResume.
func (r *Resume) Name() string {
	if r == nil || r.doc == nil {
		return ""
	}
	return r.doc.name
}

// PrepareResume analyses a resume for repeated use with [Analyzer.Market].
func (a *Analyzer) PrepareResume(ctx context.Context, src extract.Source) (*Resume, error) {
	d, err := underDeadline(ctx, a.lim, a.cpu, src.Name, func(ctx context.Context) (*analysed, error) {
		return a.analyse(ctx, src, false)
	})
	if err != nil {
		return nil, fmt.Errorf("resume: %w", err)
	}
	return &Resume{doc: d}, nil
}

// MarketOptions tune [Analyzer.Market]; the zero value is GOMAXPROCS
// workers and no resume.
type MarketOptions struct {
	Workers int
	// Resume, when set, is read against every posting: each ask is met or
	// not as `match` decides, and each term shown or not as match decides
	// for the term asked on its own ([score.Alone]).
	Resume *Resume
}

// Market reads every posting from inputs with a pool of workers and calls
// emit once per posting as it completes (completion order, never
// concurrently) with its asks as the score reads them: boilerplate left
// out, each requirement group one ask; [market.Tally] sums them up. A
// posting that cannot be read or analysed comes with Error set and the run
// goes on. Market returns when inputs is closed and drained, or at once
// with ctx's error once cancelled (as [Analyzer.Rank]).
func (a *Analyzer) Market(ctx context.Context, inputs <-chan Input, opts MarketOptions, emit func(market.Posting)) error {
	if opts.Resume != nil && opts.Resume.doc == nil {
		return errors.New("ats: Market needs a resume from PrepareResume")
	}
	return runPool(ctx, opts.Workers, inputs, func(ctx context.Context, _ int, in Input) market.Posting {
		return a.posting(ctx, in, opts.Resume)
	}, emit)
}

func (a *Analyzer) posting(ctx context.Context, in Input, resume *Resume) market.Posting {
	fail := func(err error) market.Posting {
		return market.Posting{Name: in.Name, Error: &report.FileError{File: in.Name, Kind: extract.Kind(err), Error: errorMessage(err, in.Name)}}
	}
	src, err := a.source(ctx, in)
	if err != nil {
		return fail(err)
	}
	asks, err := underDeadline(ctx, a.lim, a.cpu, in.Name, func(ctx context.Context) (asks []market.Ask, err error) {
		d, err := a.analyse(ctx, src, true)
		if err != nil {
			return nil, err
		}
		defer recoverInto(&err, in.Name)
		if k := notPosting(d); k != "" {
			return nil, &notPostingError{kind: k}
		}
		var r score.Doc // no resume: every ask unmet, never read
		if resume != nil {
			r = resume.doc.sdoc
		}
		return a.asks(score.Compute(a.dict, d.sdoc, r), r, resume != nil), nil
	})
	var np *notPostingError
	if errors.As(err, &np) {
		return market.Posting{Name: in.Name, Error: &report.FileError{File: in.Name, Kind: notPostingKind, Error: np.Error()}}
	}
	if err != nil {
		return fail(err)
	}
	return market.Posting{Name: in.Name, Asks: asks}
}

// asks turns a posting's score into its asks. The terms of an ask are the
// ones the posting writes (its counted occurrences), so a group met
// through its members' kind, which the posting does not write, lists
// only its members; a group's members are alternatives, its open list's
// head is not. With a resume, each term's Shown is match's verdict on it
// asked on its own.
func (a *Analyzer) asks(sc score.Result, resume score.Doc, withResume bool) []market.Ask {
	out := make([]market.Ask, 0, len(sc.Terms))
	var all []*keywords.Term // every term written, for Alone
	var at [][2]int          // its ask and term index in out
	for _, tr := range sc.Terms {
		ask := market.Ask{Required: tr.Required, Met: tr.Matched}
		member := map[string]bool{}
		if len(tr.Alternatives) > 0 { // a group: Term is a member unless it is the head or kind
			for _, t := range tr.Alternatives {
				member[t.ID] = true
			}
			if !tr.Head {
				member[tr.Term.ID] = true
			}
		}
		index := map[string]int{}
		for _, m := range tr.Job {
			i, ok := index[m.TermID]
			if !ok {
				t, known := a.dict.Term(m.TermID)
				if !known {
					continue
				}
				i = len(ask.Terms)
				index[m.TermID] = i
				ask.Terms = append(ask.Terms, market.Term{ID: t.ID, Name: t.Name, Kind: string(t.Kind), Category: t.Category, Alternative: member[t.ID]})
				all = append(all, t)
				at = append(at, [2]int{len(out), i})
			}
			ask.Terms[i].Wordings = append(ask.Terms[i].Wordings, m.Surface)
		}
		if len(ask.Terms) > 0 {
			out = append(out, ask)
		}
	}
	if withResume {
		for k, v := range score.Alone(a.dict, resume, all) {
			out[at[k][0]].Terms[at[k][1]].Shown = v.Matched
		}
	}
	return out
}

// notPostingKind is the report.FileError kind of a document Market leaves
// out because it reads as a resume or a cover letter: a resume in the
// postings' directory would count every skill it names as demanded.
const notPostingKind = "not-posting"

type notPostingError struct{ kind check.Kind }

func (e *notPostingError) Error() string {
	return "reads as a " + e.kind.Label() + ", not a job posting"
}

// notPosting is what a document given as a posting reads as when that is
// a resume or a cover letter; "" otherwise. A document with no cue of any
// kind (a bare list of skills) is read: only what is shown to be something
// else is left out, as rank does the other way round.
func notPosting(d *analysed) (kind check.Kind) {
	defer func() {
		if recover() != nil {
			kind = "" // a bug here must not lose the posting
		}
	}()
	// KindOf reads a document's resume sections; d has its job sections.
	switch k := check.KindOf(d.sdoc.Lines, nil); k {
	case check.KindResume, check.KindCoverLetter:
		return k
	}
	return ""
}
