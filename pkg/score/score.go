package score

import (
	"math"
	"sort"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/sections"
)

// Weights of the formula; doc.go explains each one.
const (
	// RequiredFactor multiplies a term the job requires on at least one line.
	RequiredFactor = 1.5
	// PreferredFactor multiplies a term the job only ever names as a preference.
	PreferredFactor = 0.5
	// NeutralFactor is the factor of every other term.
	NeutralFactor = 1.0
	// FrequencySlope is how much each doubling of the job's mentions adds.
	FrequencySlope = 0.5
	// MaxFrequencyFactor caps repetition: four mentions are worth as much as forty.
	MaxFrequencyFactor = 2.0
	// DefaultTermWeight stands in for a dictionary weight of 0.
	DefaultTermWeight = 1.0
	// SoftFactor scales a soft term's importance in Total: a soft skill
	// named as a keyword counts half a hard skill, so one "communication"
	// never outweighs several tools, however few soft terms the job names.
	SoftFactor = 0.5
	// ShownCredit is the share of its weight a soft skill earns when the
	// resume shows it by a behaviour without naming it (How == Shown).
	ShownCredit = 0.5
)

// Doc is one analysed document: its normalised lines, the terms found and
// the role of each line.
type Doc struct {
	Lines    []string        // normalised text split on "\n"
	Matches  []match.Match   // from match.Matcher.Match
	Sections []sections.Line // len(Sections) == len(Lines)
}

// TermResult is the verdict on one job ask: a distinct job term named on
// its own, or a requirement group (alternatives read as one ask; see
// [groups.Detect]).
type TermResult struct {
	// Term names the ask: the job term; for a group, the member the resume
	// has, else the open list's head, else its first member (or, met by a
	// term of its kind, that kind).
	Term        *keywords.Term
	Importance  float64 // the ask's share of Total, 0..1; all asks add up to 1
	Required    bool
	Matched     bool
	JobCount    int           // mentions: of the term, or how often the job states the group
	ResumeCount int           // resume occurrences of the term that met it (0 for the resume's language)
	Job         []match.Match // occurrences counted in the job (ignored lines excluded), in text order but for the first Required one, which leads; a group's are its members' and head's
	Resume      []match.Match // occurrences in the resume of the term that met it
	// Preferred is true when every counted job occurrence is a preference.
	Preferred bool
	// Weight is the raw importance before normalising: term weight × role
	// factor × frequency factor.
	Weight float64

	// Alternatives are, for a group, its other members (all of them when
	// Term is the head or the kind), in job order; nil for a term asked on
	// its own.
	Alternatives []*keywords.Term
	// Open marks a group from an open list ("such as", "or similar").
	Open bool
	// Head marks a group named by its open list's head or its kind
	// (Message Queues): its Alternatives are the job's examples.
	Head bool
	// SatisfiedBy is the resume term that met the ask when it is not Term
	// itself: a narrower term, a named member of an open list; nil
	// otherwise (and for the resume's language).
	SatisfiedBy *keywords.Term
	// How is Implied, Alternative or Shown when the ask was met that
	// way, "" otherwise; Rule says why.
	How  match.How
	Rule *Rule
}

// Result is a scored job/resume pair.
type Result struct {
	Total, Hard, Soft      float64 // 0..100, rounded to one decimal
	HardMatched, HardTotal int
	SoftMatched, SoftTotal int
	Terms                  []TermResult // most important first, ties by name
	// Requirements are the requirements beyond keywords Compute was
	// given, with their weights and shares of Total (requirements.go).
	Requirements []Requirement
	// Note says why the score could not be computed ("the job names no
	// known terms"); empty otherwise.
	Note string
}

// NoTermsNote is Result.Note when the job yields no scorable term.
const NoTermsNote = "the job description names no known skill outside ignored sections, so there is nothing to score"

// FrequencyFactor is 1 + FrequencySlope·log2(count), capped at MaxFrequencyFactor.
func FrequencyFactor(count int) float64 {
	if count < 1 {
		return 0
	}
	return math.Min(1+FrequencySlope*math.Log2(float64(count)), MaxFrequencyFactor)
}

// Lookup returns the dictionary terms of the given matches by ID, through
// [keywords.Dict.Term] (a binary search on the sorted dictionary), so
// scoring a pair costs nothing proportional to the dictionary's size.
func Lookup(d *keywords.Dict, ms ...[]match.Match) map[string]*keywords.Term {
	out := map[string]*keywords.Term{}
	if d == nil {
		return out
	}
	seen := map[string]bool{}
	for _, list := range ms {
		for _, m := range list {
			if seen[m.TermID] {
				continue
			}
			seen[m.TermID] = true
			if t, ok := d.Term(m.TermID); ok {
				out[m.TermID] = t
			}
		}
	}
	return out
}

// termWeight is the dictionary weight with 0 meaning DefaultTermWeight.
func termWeight(t *keywords.Term) float64 {
	if t.Weight <= 0 {
		return DefaultTermWeight
	}
	return t.Weight
}

// Compute scores resume against job. The requirements beyond keywords,
// when given, count in Total beside the terms (requirements.go); the
// sub-scores are the terms' alone.
func Compute(d *keywords.Dict, job, resume Doc, reqs ...Requirement) Result {
	return ReadJob(d, job).Score(resume, reqs...)
}

// JobAsks is the job half of [Compute], read once: what the job asks, and
// how much each ask weighs. Score it against any number of resumes, from
// any number of goroutines; it is read-only.
type JobAsks struct {
	d    *keywords.Dict
	asks []*ask
}

// ReadJob reads the asks of job, its evidence in the order reports show
// it (text order, a required mention first).
func ReadJob(d *keywords.Dict, job Doc) *JobAsks {
	asks := jobAsks(d, job)
	for _, a := range asks {
		sortMatches(a.job)
		if a.anyRequired {
			requiredFirst(a.job, a.required)
		}
	}
	return &JobAsks{d: d, asks: asks}
}

// Score scores resume against the job's asks; reqs as for [Compute]. Each
// TermResult's Job evidence is the JobAsks' own: read it, never modify it.
func (j *JobAsks) Score(resume Doc, reqs ...Requirement) Result {
	d, asks := j.d, j.asks
	v := newVerdicts(d, resume, asks)
	var r Result
	var sum, got [2]float64 // indexed by kindIndex
	var scoredSum, scoredGot float64
	r.Terms = make([]TermResult, 0, len(asks))
	for _, a := range asks {
		tr := v.verdict(a)
		sortMatches(tr.Resume)
		tr.JobCount = a.count
		tr.Required = a.anyRequired
		tr.Preferred = !a.anyRequired && a.allPr
		factor := NeutralFactor
		switch {
		case tr.Required:
			factor = RequiredFactor
		case tr.Preferred:
			factor = PreferredFactor
		}
		tr.Weight = a.weight * factor * FrequencyFactor(tr.JobCount)
		r.Terms = append(r.Terms, tr)
	}
	// By importance, which halves a soft term's weight: a required soft
	// skill (1.5 × 0.5) is worth less than a neutral tool (1).
	sort.Slice(r.Terms, func(i, j int) bool {
		a, b := r.Terms[i], r.Terms[j]
		if wa, wb := scoredWeight(a), scoredWeight(b); wa != wb {
			return wa > wb
		}
		if a.Term.Name != b.Term.Name {
			return a.Term.Name < b.Term.Name
		}
		if a.Term.ID != b.Term.ID {
			return a.Term.ID < b.Term.ID
		}
		return altKey(a) < altKey(b)
	})
	// Sum in sorted order so float rounding does not depend on map order.
	for _, tr := range r.Terms {
		k := kindIndex(tr.Term.Kind)
		sum[k] += tr.Weight
		scoredSum += scoredWeight(tr)
		if tr.Matched {
			got[k] += credit(tr) * tr.Weight
			scoredGot += credit(tr) * scoredWeight(tr)
		}
		if k == hard {
			r.HardTotal++
			if tr.Matched {
				r.HardMatched++
			}
		} else {
			r.SoftTotal++
			if tr.Matched {
				r.SoftMatched++
			}
		}
	}
	r.Requirements = append([]Requirement(nil), reqs...)
	if len(r.Terms) == 0 {
		// Requirements alone are no score: a job that names no known
		// term is one the tool cannot read, whatever its title says.
		r.Note = NoTermsNote
		return r
	}
	reqSum, reqGot := weigh(r.Requirements)
	scoredSum += reqSum
	scoredGot += reqGot
	for i := range r.Terms {
		r.Terms[i].Importance = scoredWeight(r.Terms[i]) / scoredSum
	}
	for i := range r.Requirements {
		r.Requirements[i].Importance = r.Requirements[i].Weight / scoredSum
	}
	r.Hard, r.Soft = round1(percent(got[hard], sum[hard])), round1(percent(got[soft], sum[soft]))
	r.Total = round1(percent(scoredGot, scoredSum))
	return r
}

// altKey orders asks of the same name: a term on its own first, then
// groups by their alternatives.
func altKey(tr TermResult) string {
	var b strings.Builder
	for _, t := range tr.Alternatives {
		b.WriteString(t.ID)
		b.WriteByte(0)
	}
	return b.String()
}

// credit is the share of its weight a matched ask earns: all of it, but
// ShownCredit for a soft skill only shown by a behaviour.
func credit(tr TermResult) float64 {
	if tr.How == Shown {
		return ShownCredit
	}
	return 1
}

// scoredWeight is a term's weight in Total: soft terms count SoftFactor.
func scoredWeight(tr TermResult) float64 {
	if kindIndex(tr.Term.Kind) == soft {
		return SoftFactor * tr.Weight
	}
	return tr.Weight
}

// percent is 100·part/whole, 0 for an empty whole.
func percent(part, whole float64) float64 {
	if whole <= 0 {
		return 0
	}
	return 100 * part / whole
}

const (
	hard = 0
	soft = 1
)

// kindIndex treats any kind other than soft as hard: tools, methods and
// certifications are all hard skills.
func kindIndex(k keywords.Kind) int {
	if k == keywords.Soft {
		return soft
	}
	return hard
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// lineStarts returns the byte offset where each line starts in the joined text.
func lineStarts(lines []string) []int {
	s := make([]int, len(lines))
	off := 0
	for i, l := range lines {
		s[i] = off
		off += len(l) + 1
	}
	return s
}

// Roles returns the role of a position in job as Compute reads it: the
// role of the sentence holding byte offset start (into the joined text) on
// 1-based line, so callers that list job terms drop exactly what the score
// drops, down to a boilerplate sentence inside a line. Each line is split
// into sentences once, on first use, so a long one-line posting with many
// matches stays linear. Missing section data counts as Neutral so a caller
// that skips sections still gets a score. Not safe for concurrent use.
func (job Doc) Roles() func(line, start int) sections.Role {
	starts := lineStarts(job.Lines)
	byLine := make([]func(col int) sections.Role, len(job.Lines))
	return func(line, start int) sections.Role {
		i := line - 1
		if i < 0 || i >= len(job.Sections) {
			return sections.Neutral
		}
		if i >= len(job.Lines) {
			return job.Sections[i].Role
		}
		if byLine[i] == nil {
			byLine[i] = sections.RolesAt(job.Lines[i], job.Sections[i])
		}
		return byLine[i](start - starts[i])
	}
}

// sortMatches orders occurrences by position so results do not depend on
// the order the matcher reported them.
func sortMatches(ms []match.Match) {
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		if ms[i].End != ms[j].End {
			return ms[i].End < ms[j].End
		}
		if ms[i].Surface != ms[j].Surface {
			return ms[i].Surface < ms[j].Surface
		}
		return ms[i].How < ms[j].How
	})
}

// requiredFirst moves the occurrence that made a term required to the front,
// keeping the others in text order, so evidence cites the line that decided
// the term's role rather than, say, a tech-stack line above it.
func requiredFirst(ms []match.Match, req match.Match) {
	for i, m := range ms {
		if m == req {
			copy(ms[1:i+1], ms[:i])
			ms[0] = req
			return
		}
	}
}
