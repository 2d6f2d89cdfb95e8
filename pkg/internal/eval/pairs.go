package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// The recruiter pairs (<shared>/data/recruiter-pairs): 16 job postings,
// each with one resume and a recruiter's judgement of the job's asks (see
// that folder's README). They measure the product's verdicts, term by term,
// and its score against a band.

// yearsAsk tells a years-of-experience ask by its display name ("5+ years
// Java", "2–4 years experience", "ICU experience (1+ year)"). The report's
// experience status judges them (yearsState); they stay out of the main
// denominators, counted in the "with the years asks" totals. The display
// name is the only place that says so: some of these patterns accept a
// skill as well ("acute care|\b2\s*\+?\s*(years?|yrs)").
var yearsAsk = regexp.MustCompile(`(?i)\b(years?|yrs)\b`)

// rawPair is one entry of expectations.json.
type rawPair struct {
	Band         [2]float64  `json:"band"`
	Matched      [][2]string `json:"matched"`
	Missing      [][2]string `json:"missing"`
	Alternatives [][2]string `json:"alternatives_not_missing"`
	NeverCount   []string    `json:"never_count"`
	Notes        string      `json:"notes"`
}

// loadPairs reads expectations.json and compiles every pattern. Each entry
// must have its NN-slug folder with job.txt and resume.txt, and each folder
// its entry. Pairs come in name order.
func loadPairs(dir string) ([]*pairExp, error) {
	b, err := os.ReadFile(filepath.Join(dir, "expectations.json"))
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields() // a new field may change the judging
	var raw map[string]rawPair
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("expectations.json: %w", err)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	folders := map[string]bool{}
	for _, e := range ents {
		if e.IsDir() {
			folders[e.Name()] = true
			if _, ok := raw[e.Name()]; !ok {
				return nil, fmt.Errorf("%s: folder %s has no expectations", dir, e.Name())
			}
		}
	}
	var out []*pairExp
	for name, rp := range raw {
		if !folders[name] {
			return nil, fmt.Errorf("%s: expectations for %s but no such folder", dir, name)
		}
		for _, f := range []string{"job.txt", "resume.txt"} {
			if _, err := os.Stat(filepath.Join(dir, name, f)); err != nil {
				return nil, err
			}
		}
		p, err := compilePair(name, rp)
		if err != nil {
			return nil, fmt.Errorf("expectations.json: %s: %w", name, err)
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b *pairExp) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

// compilePair compiles one entry's patterns.
func compilePair(name string, rp rawPair) (*pairExp, error) {
	p := &pairExp{Name: name, Band: rp.Band}
	for _, l := range []struct {
		name string
		exps [][2]string
	}{{listMatched, rp.Matched}, {listMissing, rp.Missing}, {listAlt, rp.Alternatives}} {
		for _, e := range l.exps {
			rx, err := compilePy(e[1])
			if err != nil {
				return nil, fmt.Errorf("%s %q: %w", l.name, e[0], err)
			}
			years := l.name != listAlt && yearsAsk.MatchString(e[0])
			p.Exps = append(p.Exps, expectation{List: l.name, Display: e[0], Rx: rx, Years: years})
		}
	}
	for _, pat := range rp.NeverCount {
		rx, err := compilePy(pat)
		if err != nil {
			return nil, fmt.Errorf("never_count: %w", err)
		}
		p.NeverCount = append(p.NeverCount, rx)
	}
	return p, nil
}

// pairResult is one pair run through the product and judged both ways.
type pairResult struct {
	Exp *pairExp
	Out toolOutput
	By  [judgements]pairJudgement
}

// pairsAsOf is the date the pairs were written: "present" in their
// resumes (testdata/requirements_expected.json says the same).
const pairsAsOf = "2025-06-30"

// newPairsAnalyzer is the Analyzer the pairs run with: `atsmatch match
// --as-of 2025-06-30`.
func newPairsAnalyzer() (*ats.Analyzer, error) {
	asOf, err := time.Parse(time.DateOnly, pairsAsOf)
	if err != nil {
		return nil, err
	}
	return ats.New(ats.Options{AsOf: asOf})
}

// evalPairs runs every pair through a as `atsmatch match --job job.txt
// resume.txt` does and judges the reports.
func evalPairs(a *ats.Analyzer, dir string, ps []*pairExp) ([]pairResult, error) {
	tr, err := newReqReader()
	if err != nil {
		return nil, err
	}
	var out []pairResult
	for _, p := range ps {
		res, err := matchPair(a, filepath.Join(dir, p.Name))
		if err != nil {
			return nil, err
		}
		r := pairResult{Exp: p, Out: toolOutputOf(res)}
		if r.Out.TermsOnly, err = tr.termsOnly(filepath.Join(dir, p.Name)); err != nil {
			return nil, err
		}
		for j := range judgements {
			r.By[j] = judgePair(p, r.Out, j)
		}
		out = append(out, r)
	}
	return out, nil
}

// matchPair reads the two files as the CLI does and matches them.
func matchPair(a *ats.Analyzer, dir string) (*report.MatchResult, error) {
	max := extract.DefaultLimits().MaxBytes
	job, err := extract.ReadFile(filepath.Join(dir, "job.txt"), max)
	if err != nil {
		return nil, err
	}
	resume, err := extract.ReadFile(filepath.Join(dir, "resume.txt"), max)
	if err != nil {
		return nil, err
	}
	return a.Match(context.Background(), job, resume)
}

// toolOutputOf keeps what the judge reads, all of it in the JSON report:
// matched[].term, missing[].term, their job_evidence[].surface, score and
// job.ignored_matches.
func toolOutputOf(res *report.MatchResult) toolOutput {
	out := toolOutput{Score: res.Score}
	if res.Requirements != nil {
		out.Experience = res.Requirements.Experience.Status
	}
	for _, t := range res.Matched {
		out.Matched = append(out.Matched, toolTerm{t.Term, surfaces(t.JobEvidence)})
	}
	for _, t := range res.Missing {
		out.Missing = append(out.Missing, toolTerm{t.Term, surfaces(t.JobEvidence)})
	}
	for _, im := range res.Job.IgnoredMatches {
		out.Ignored = append(out.Ignored, ignoredWord{im.Term, im.Surface, im.Rule})
	}
	return out
}

// surfaces lists the distinct words the evidence was written as.
func surfaces(ev []report.Evidence) []string {
	var out []string
	for _, e := range ev {
		if e.Surface != "" && !slices.Contains(out, e.Surface) {
			out = append(out, e.Surface)
		}
	}
	return out
}
