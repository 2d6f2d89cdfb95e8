// Package score is the scoring stage: it compares the terms a job asks for
// with the terms a resume has and computes a 0-100 score with hard and soft
// sub-scores. The formula lives here and only here; doc.go and
// docs/scoring.md state it in prose.
package score

import (
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/sections"
)

// Doc is one analysed document: its normalised lines, the terms found and
// the role of each line.
type Doc struct {
	Lines    []string        // normalised text split on "\n"
	Matches  []match.Match   // from match.Matcher.Match
	Sections []sections.Line // len(Sections) == len(Lines)
}

// TermResult is the verdict on one distinct job term.
type TermResult struct {
	Term        *keywords.Term
	Importance  float64 // the term's share of the job's weight, 0..1 within its kind
	Required    bool
	Matched     bool
	JobCount    int
	ResumeCount int
	Job         []match.Match // occurrences counted in the job (ignored lines excluded)
	Resume      []match.Match // occurrences in the resume
}

// Result is a scored job/resume pair.
type Result struct {
	Total, Hard, Soft      float64 // 0..100, rounded to one decimal
	HardMatched, HardTotal int
	SoftMatched, SoftTotal int
	Terms                  []TermResult // most important first, ties by name
}

// Compute scores resume against job.
func Compute(d *keywords.Dict, job, resume Doc) Result {
	panic("score.Compute: not built yet")
}
