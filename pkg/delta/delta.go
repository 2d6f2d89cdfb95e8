// Package delta compares two match reports term by term: two versions of
// a resume against one job (`atsmatch diff --job JOB OLD NEW`, and the
// delta `match --watch` shows after each save), or one resume against two
// jobs (`atsmatch diff --job A --job B RESUME`). Plain data in, plain data
// out: it reads report values and returns a [report.DiffResult]; it does
// no analysis of its own, so a diff says exactly what the two `match`
// reports say.
package delta

import (
	"math"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// Compare returns what changed from before to after. The term objects in
// the result are the reports' own (not copied deeply): a caller must not
// change one report through the other.
//
// A term is known by its canonical name and kind. Gained terms are in the
// order of after's matched list, lost ones in before's, and the missing
// terms in their report's order, so a diff lists terms as `match` does.
//
// When both reports carry requirements (and, with `match --check`,
// findings), the ones whose status changed are listed too, each with the
// lines that made the difference ([Statuses]).
func Compare(before, after *report.MatchResult) *report.DiffResult {
	b, a := states(before), states(after)
	d := &report.DiffResult{
		SchemaVersion:     report.SchemaVersion,
		Compare:           compared(before, after),
		Before:            side(before),
		After:             side(after),
		Delta:             round1(after.Score - before.Score),
		Gained:            []report.TermChange{},
		Lost:              []report.TermChange{},
		NewMissing:        []report.MissingTerm{},
		DroppedMissing:    []report.MissingTerm{},
		DictionaryVersion: after.DictionaryVersion,
		AlgorithmVersion:  after.AlgorithmVersion,
	}
	// Statuses compare like with like: only when both reports carry them.
	if before.Requirements != nil && after.Requirements != nil {
		jobs := d.Compare == report.CompareJobs
		d.Requirements = Statuses(requirementStatuses(before, jobs), requirementStatuses(after, jobs))
	}
	if before.ATSFindings != nil && after.ATSFindings != nil {
		d.Findings = Statuses(findingStatuses(before), findingStatuses(after))
	}
	for _, m := range after.Matched {
		if was := b.of(m.Term, m.Kind); was != report.TermMatched {
			d.Gained = append(d.Gained, report.TermChange{MatchedTerm: m, Before: was, After: report.TermMatched})
		}
	}
	for _, m := range before.Matched {
		if now := a.of(m.Term, m.Kind); now != report.TermMatched {
			d.Lost = append(d.Lost, report.TermChange{MatchedTerm: m, Before: report.TermMatched, After: now})
		}
	}
	for _, m := range after.Missing {
		if b.of(m.Term, m.Kind) == report.TermNotAsked {
			d.NewMissing = append(d.NewMissing, m)
		}
	}
	for _, m := range before.Missing {
		if a.of(m.Term, m.Kind) == report.TermNotAsked {
			d.DroppedMissing = append(d.DroppedMissing, m)
		}
	}
	return d
}

// compared says which document differs: the jobs when only their names
// do, else the resumes (also when neither name does, as when `match
// --watch` re-reads the same files after a save: the resume is the file
// one edits).
func compared(before, after *report.MatchResult) string {
	if before.Job.Name != after.Job.Name && before.Resume.Name == after.Resume.Name {
		return report.CompareJobs
	}
	return report.CompareResumes
}

// side is what a diff keeps of a report as a whole. The documents go
// without their ignored words: those belong to `match --verbose`, and a
// diff compares what was counted.
func side(r *report.MatchResult) report.DiffSide {
	job, resume := r.Job, r.Resume
	job.IgnoredMatches, resume.IgnoredMatches = nil, nil
	return report.DiffSide{Job: job, Resume: resume, Score: r.Score, Subscores: r.Subscores, Coverage: r.Coverage}
}

// round1 rounds to one decimal, as scores are, so that 71.0 - 62.5 is 8.5
// and not 8.499999999999993.
func round1(x float64) float64 {
	r := math.Round(x*10) / 10
	if r == 0 {
		return 0 // not -0
	}
	return r
}

type termKey struct{ term, kind string }

// termStates is where each term of one report stands.
type termStates map[termKey]string

func states(r *report.MatchResult) termStates {
	s := make(termStates, len(r.Matched)+len(r.Missing))
	for _, m := range r.Missing {
		s[termKey{m.Term, m.Kind}] = report.TermMissing
	}
	// Matched wins: a report that listed a term twice has matched it.
	for _, m := range r.Matched {
		s[termKey{m.Term, m.Kind}] = report.TermMatched
	}
	return s
}

func (s termStates) of(term, kind string) string {
	if st, ok := s[termKey{term, kind}]; ok {
		return st
	}
	return report.TermNotAsked
}
