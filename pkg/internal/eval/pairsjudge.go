package main

import (
	"fmt"
	"math"
	"slices"

	"github.com/dlclark/regexp2/v2"
)

// The recruiter pairs' judge, as their README defines it: every expected
// term is a Python regex searched, case-insensitively, in the term names the
// tool reports as matched and as missing.

// pyRegexp is a Python re pattern applied as re.search(pattern, name,
// re.IGNORECASE). Go's regexp has no lookaheads, which the patterns use;
// regexp2's default (.NET) mode has them, with Unicode \w, \d and \b and
// simple case folding, as Python's str patterns have (RE2 mode would make
// \w ASCII). '^' and '$' without Multiline are the string's ends, '$' also
// before a final newline, as in Python.
type pyRegexp struct {
	src string
	re  *regexp2.Regexp
}

func compilePy(pattern string) (*pyRegexp, error) {
	// No backtracking cap (the names are short) and no timeout (the
	// default), so a search has no error to report and cannot depend on
	// the machine's speed.
	re, err := regexp2.Compile(pattern, regexp2.IgnoreCase, regexp2.OptionMaxBacktrackingStackSize(-1))
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", pattern, err)
	}
	return &pyRegexp{src: pattern, re: re}, nil
}

// search reports whether the pattern matches anywhere in s.
func (r *pyRegexp) search(s string) bool {
	ok, err := r.re.MatchString(s)
	if err != nil {
		// With no timeout and no stack cap, regexp2 documents any error
		// as its own bug.
		panic(fmt.Sprintf("regexp2 on %q with %q: %v", r.src, s, err))
	}
	return ok
}

// State is an expected term's verdict against the tool's lists.
type State string

const (
	Present State = "PRESENT" // a matched term matches it
	Absent  State = "ABSENT"  // a missing term matches it
	Both    State = "BOTH"    // terms of both lists do: the tool contradicts itself
	Silent  State = "SILENT"  // no reported term does: never extracted
)

// The lists of an expectations.json entry.
const (
	listMatched = "matched"
	listMissing = "missing"
	listAlt     = "alternatives_not_missing"
)

// verdict is the README's table: "ok", "wrong" or "neutral".
func verdict(list string, s State) string {
	switch {
	case s == Both:
		return "wrong"
	case list == listAlt:
		if s == Absent {
			return "wrong"
		}
		return "ok"
	case s == Silent:
		return "neutral"
	case (list == listMatched) == (s == Present):
		return "ok"
	}
	return "wrong"
}

// toolTerm is one term the tool reported: its canonical name and the words
// the job wrote it as (the surfaces of its job evidence).
type toolTerm struct {
	Name     string
	Surfaces []string
}

// toolOutput is what the judge reads of one report.
type toolOutput struct {
	Matched, Missing []toolTerm
	// Ignored are job words the matcher saw and a rule did not count
	// (job.ignored_matches); not judged, shown beside SILENT asks.
	Ignored []ignoredWord
	Score   float64
	// Experience is the report's requirements.experience.status: it
	// judges the years-of-experience asks.
	Experience string
	// TermsOnly is the pair's score without the requirements (title,
	// education, experience), as it was before they counted: the other
	// side of the decision docs/scoring.md records.
	TermsOnly float64
}

type ignoredWord struct {
	Term, Surface, Rule string
}

// judgement is how a reported term is compared with a pattern.
type judgement int

const (
	nameOrSurface judgement = iota // the name or any job surface matches
	namesOnly                      // the README's reference judge()
	judgements                     // how many
)

func (j judgement) String() string {
	if j == namesOnly {
		return "names only"
	}
	return "name or surface"
}

// termMatch reports whether r matches t; via is the surface that matched
// when the name did not.
func termMatch(r *pyRegexp, t toolTerm, j judgement) (ok bool, via string) {
	if r.search(t.Name) {
		return true, ""
	}
	if j == nameOrSurface {
		for _, s := range t.Surfaces {
			if r.search(s) {
				return true, s
			}
		}
	}
	return false, ""
}

// hit is a reported term that matched an expectation.
type hit struct {
	Term    string
	Missing bool   // from the missing list
	Via     string // the job surface that matched, when the name did not
}

// stateOf judges one pattern against the tool's lists.
func stateOf(r *pyRegexp, out toolOutput, j judgement) (State, []hit) {
	var hits []hit
	var p, a bool
	for _, side := range []struct {
		terms   []toolTerm
		missing bool
		found   *bool
	}{{out.Matched, false, &p}, {out.Missing, true, &a}} {
		for _, t := range side.terms {
			if ok, via := termMatch(r, t, j); ok {
				*side.found = true
				hits = append(hits, hit{t.Name, side.missing, via})
			}
		}
	}
	switch {
	case p && a:
		return Both, hits
	case p:
		return Present, hits
	case a:
		return Absent, hits
	}
	return Silent, hits
}

// expectation is one expected term of a pair.
type expectation struct {
	List    string // listMatched, listMissing or listAlt
	Display string
	Rx      *pyRegexp
	// Years marks a years-of-experience ask: judged by the report's
	// experience status (yearsState), and kept out of the main
	// denominators so they stay comparable with earlier runs.
	Years bool
}

// pairExp is one pair's expectations.
type pairExp struct {
	Name       string
	Band       [2]float64
	Exps       []expectation
	NeverCount []*pyRegexp
}

// tally counts verdicts; the README's summary numbers.
type tally struct {
	Present, Expected int // matched-list asks judged PRESENT, of all
	Absent, Lacking   int // missing-list asks judged ABSENT, of all
	Silent            int // matched- or missing-list asks no term matched
	FalsePresent      int // missing-list asks judged PRESENT or BOTH
	FalseMissing      int // matched-list or alternative asks judged ABSENT or BOTH
	AltMissing        int // alternatives judged ABSENT or BOTH
	Boilerplate       int // reported terms matching a never_count pattern
}

func (t *tally) add(list string, s State) {
	switch list {
	case listMatched:
		t.Expected++
		if s == Present {
			t.Present++
		}
	case listMissing:
		t.Lacking++
		if s == Absent {
			t.Absent++
		}
		if s == Present || s == Both {
			t.FalsePresent++
		}
	case listAlt:
		if s == Absent || s == Both {
			t.AltMissing++
		}
	}
	if list != listMissing && (s == Absent || s == Both) {
		t.FalseMissing++
	}
	if list != listAlt && s == Silent {
		t.Silent++
	}
}

func (t *tally) plus(o tally) {
	t.Present += o.Present
	t.Expected += o.Expected
	t.Absent += o.Absent
	t.Lacking += o.Lacking
	t.Silent += o.Silent
	t.FalsePresent += o.FalsePresent
	t.FalseMissing += o.FalseMissing
	t.AltMissing += o.AltMissing
	t.Boilerplate += o.Boilerplate
}

// judged is one expectation's verdict.
type judged struct {
	Exp   expectation
	State State
	Hits  []hit
}

// violation is a reported term a never_count pattern matches.
type violation struct {
	Term    string
	Missing bool
	Via     string // the surface that matched, when the name did not
	Pattern string
}

// pairJudgement is one pair judged one way.
type pairJudgement struct {
	Judged     []judged // every expectation, in file order
	NeverCount []violation
	Unjudged   []toolTerm // reported terms no pattern matches
	Tally      tally      // without the years asks
	All        tally      // with them
}

// judgePair applies the README's judge to one pair's output.
func judgePair(p *pairExp, out toolOutput, j judgement) pairJudgement {
	var pj pairJudgement
	seen := map[string]bool{} // "m:" or "x:" + name of terms some pattern matched
	key := func(h hit) string {
		if h.Missing {
			return "x:" + h.Term
		}
		return "m:" + h.Term
	}
	for _, e := range p.Exps {
		s, hits := stateOf(e.Rx, out, j)
		if e.Years {
			s = yearsState(s, out.Experience)
		}
		pj.Judged = append(pj.Judged, judged{e, s, hits})
		pj.All.add(e.List, s)
		if !e.Years {
			pj.Tally.add(e.List, s)
		}
		for _, h := range hits {
			seen[key(h)] = true
		}
	}
	for _, side := range []struct {
		terms   []toolTerm
		missing bool
	}{{out.Matched, false}, {out.Missing, true}} {
		for _, t := range side.terms {
			bad := false
			for _, r := range p.NeverCount {
				if ok, via := termMatch(r, t, j); ok {
					pj.NeverCount = append(pj.NeverCount, violation{t.Name, side.missing, via, r.src})
					bad = true
					break
				}
			}
			if !bad && !seen[key(hit{Term: t.Name, Missing: side.missing})] {
				pj.Unjudged = append(pj.Unjudged, t)
			}
		}
	}
	pj.Tally.Boilerplate = len(pj.NeverCount)
	pj.All.Boilerplate = len(pj.NeverCount)
	return pj
}

// yearsState judges a years-of-experience ask by the report's experience
// status: present when met, missing when below; otherwise (unknown, not
// asked) by the terms, as any ask.
func yearsState(byTerms State, experience string) State {
	switch experience {
	case "met":
		return Present
	case "below":
		return Absent
	}
	return byTerms
}

// bandOffset is how far score lies outside band: 0 inside (inclusive),
// negative below, positive above. Its absolute value is the README's
// band distance.
func bandOffset(score float64, band [2]float64) float64 {
	switch {
	case score < band[0]:
		return score - band[0]
	case score > band[1]:
		return score - band[1]
	}
	return 0
}

// spearman is the rank correlation of x and y: Pearson's r of their ranks,
// tied values sharing their average rank. NaN when either side is constant
// or the lengths differ or are below 2.
func spearman(x, y []float64) float64 {
	if len(x) != len(y) || len(x) < 2 {
		return math.NaN()
	}
	rx, ry := ranks(x), ranks(y)
	n := float64(len(x))
	mean := (n + 1) / 2 // the mean of ranks 1..n, ties or not
	var cov, vx, vy float64
	for i := range rx {
		dx, dy := rx[i]-mean, ry[i]-mean
		cov += dx * dy
		vx += dx * dx
		vy += dy * dy
	}
	if vx == 0 || vy == 0 {
		return math.NaN()
	}
	return cov / math.Sqrt(vx*vy)
}

// ranks gives each value its 1-based rank; a run of equal values gets the
// average of the ranks it spans.
func ranks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case v[a] < v[b]:
			return -1
		case v[a] > v[b]:
			return 1
		}
		return 0
	})
	r := make([]float64, len(v))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && v[idx[j+1]] == v[idx[i]] {
			j++
		}
		avg := float64(i+j)/2 + 1
		for k := i; k <= j; k++ {
			r[idx[k]] = avg
		}
		i = j + 1
	}
	return r
}
