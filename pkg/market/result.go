package market

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// DefaultTop is how many terms (and gaps) a result lists by default.
const DefaultTop = 30

// MaxWordings and MaxAlternatives cap the wordings and alternatives listed
// per term: the most common say what a coach needs.
const (
	MaxWordings     = 5
	MaxAlternatives = 5
)

// Options select what a result lists. The zero value lists every term of
// both kinds.
type Options struct {
	Top      int     // terms and gaps listed, each; 0 for all
	Kind     string  // "hard" or "soft"; "" for both
	MinShare float64 // 0..1: only terms named by at least this share of the postings
	// Complete is false for a run cut short (MarketResult.Complete).
	Complete          bool
	DictionaryVersion string
	AlgorithmVersion  string
}

// Result is the market so far: the terms by demand and, with a resume, its
// gaps, each list filtered by kind and share and cut to the top N.
func (t *Tally) Result(o Options) *report.MarketResult {
	r := &report.MarketResult{
		SchemaVersion: report.SchemaVersion,
		Jobs:          t.jobs,
		Failed:        append([]report.FileError{}, t.failed...),
		Resume:        t.resume,
		Kind:          o.Kind,
		MinShare:      o.MinShare,
		TotalTerms:    len(t.terms),
		Terms:         []report.MarketTerm{},
		Gaps:          []report.MarketTerm{},
		Complete:      o.Complete,

		DictionaryVersion: o.DictionaryVersion,
		AlgorithmVersion:  o.AlgorithmVersion,
	}
	// Completion order is no order: failures by name.
	slices.SortStableFunc(r.Failed, func(a, b report.FileError) int { return strings.Compare(a.File, b.File) })
	type keyed struct {
		id  string
		row report.MarketTerm
	}
	var rows []keyed
	for id, tt := range t.terms {
		if o.Kind != "" && tt.kind != o.Kind || t.share(tt) < o.MinShare {
			continue
		}
		rows = append(rows, keyed{id, t.row(tt)})
	}
	r.MatchingTerms = len(rows)
	byName := func(a, b keyed) int { return cmp.Or(cmp.Compare(a.row.Term, b.row.Term), cmp.Compare(a.id, b.id)) }
	slices.SortFunc(rows, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(b.row.Postings, a.row.Postings), cmp.Compare(b.row.Required, a.row.Required), byName(a, b))
	})
	for _, k := range top(rows, o.Top) {
		r.Terms = append(r.Terms, k.row)
	}
	if t.resume == "" {
		return r
	}
	gaps := slices.DeleteFunc(slices.Clone(rows), func(k keyed) bool { return *k.row.Resume || *k.row.Unmet == 0 })
	slices.SortFunc(gaps, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(*b.row.Unmet, *a.row.Unmet), cmp.Compare(b.row.Required, a.row.Required),
			cmp.Compare(b.row.Postings, a.row.Postings), byName(a, b))
	})
	for _, k := range top(gaps, o.Top) {
		r.Gaps = append(r.Gaps, k.row)
	}
	return r
}

// top is the first n of s, all of it for n <= 0.
func top[T any](s []T, n int) []T {
	if n > 0 && len(s) > n {
		return s[:n]
	}
	return s
}

// share is the share of the postings that name tt, unrounded.
func (t *Tally) share(tt *termTally) float64 {
	if t.jobs == 0 {
		return 0
	}
	return float64(tt.postings) / float64(t.jobs)
}

// row is tt as the report lists it.
func (t *Tally) row(tt *termTally) report.MarketTerm {
	row := report.MarketTerm{
		Term: tt.name, Kind: tt.kind, Category: tt.category,
		Postings: tt.postings, Share: math.Round(t.share(tt)*1000) / 1000,
		Required: tt.required, Alternative: tt.alternative,
		Alternatives: mostFirst(tt.alternatives, MaxAlternatives),
		Wordings:     wordings(tt.wordings),
	}
	if t.resume != "" {
		shown, unmet := tt.shown, tt.unmet
		row.Resume, row.Unmet = &shown, &unmet
	}
	return row
}

// wordings lists a term's wordings, most postings first, each in the case
// most postings write it (ties: the first in byte order, capitals first).
func wordings(ws map[string]*wording) []string {
	counts := make(map[string]int, len(ws))
	for _, w := range ws {
		counts[mostFirst(w.forms, 1)[0]] = w.postings
	}
	out := mostFirst(counts, MaxWordings)
	if out == nil {
		return []string{}
	}
	return out
}

// mostFirst lists the keys of counts by count, then in byte order, at most
// n of them; nil for none.
func mostFirst(counts map[string]int, n int) []string {
	if len(counts) == 0 {
		return nil
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b)) })
	return top(keys, n)
}
