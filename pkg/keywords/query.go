package keywords

import (
	"cmp"
	"slices"
	"strings"
)

// This file answers questions about a built Dict for `atsmatch dict`
// (list, show, stats, validate); matching never uses it.

// Surface fields a [Hit] can name, in the order Lookup ranks them.
const (
	FieldID      = "id"
	FieldName    = "name"
	FieldAlias   = "alias"
	FieldAcronym = "acronym"
	FieldForm    = "form"
	// FieldReplaced is an ID merged into the term (Term.Replaces).
	FieldReplaced = "replaced id"
)

// Hit is one term found by [Dict.Lookup] and how the query met it.
type Hit struct {
	Term    *Term
	Field   string // FieldID, FieldName, FieldAlias, FieldAcronym or FieldForm
	Surface string // the ID or surface as the term spells it
}

var fieldRank = map[string]int{FieldID: 0, FieldName: 1, FieldAlias: 2, FieldAcronym: 3, FieldForm: 4, FieldReplaced: 5}

// Lookup finds the terms whose ID, name, alias, acronym, form or replaced
// ID (Term.Replaces) equals surface, compared the way validation compares
// surfaces (case, spaces, hyphens and underscores ignored). Acronyms are found case-insensitively
// here although matching is case-bound, so a user can look up "oop" and be
// told that only "OOP" counts. Each term appears once, by its best field;
// hits are ordered ID, name, alias, acronym, form, then by term ID.
func (d *Dict) Lookup(surface string) []Hit {
	k := fold(strings.TrimSpace(surface))
	if k == "" {
		return nil
	}
	var hits []Hit
	for i := range d.Terms {
		t := &d.Terms[i]
		h := Hit{Term: t}
		switch {
		case foldEq(t.ID, k):
			h.Field, h.Surface = FieldID, t.ID
		default:
			termSurfaces(t, func(kind, s string) {
				if h.Field == "" && foldEq(s, k) {
					h.Field, h.Surface = kind, s
				}
			})
			for _, r := range t.Replaces {
				if h.Field == "" && foldEq(r, k) {
					h.Field, h.Surface = FieldReplaced, r
				}
			}
		}
		if h.Field != "" {
			hits = append(hits, h)
		}
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		if c := cmp.Compare(fieldRank[a.Field], fieldRank[b.Field]); c != 0 {
			return c
		}
		return cmp.Compare(a.Term.ID, b.Term.ID)
	})
	return hits
}

// foldEq reports whether fold(s) == k without building fold(s): Lookup
// compares every surface of every term.
func foldEq(s, k string) bool {
	j := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return fold(s) == k
		case c == '-' || c == '_' || c == ' ' || c >= '\t' && c <= '\r':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if j >= len(k) || k[j] != c {
			return false
		}
		j++
	}
	return j == len(k)
}

// Suggest returns up to n term names close to s (edit distance on the
// folded ID, name and aliases, at most 1 + len/4 edits, or s is the start
// of one of them), closest first, for "did you mean" after a failed
// [Dict.Lookup].
func (d *Dict) Suggest(s string, n int) []string {
	k := fold(strings.TrimSpace(s))
	if k == "" || n <= 0 {
		return nil
	}
	limit := 1 + len([]rune(k))/4
	type cand struct {
		name string
		dist int
	}
	var cs []cand
	for i := range d.Terms {
		t := &d.Terms[i]
		// Scores are doubled edit distances, so that a cut-off name
		// ("kube", "postgre") can rank just before the farthest
		// misspellings allowed.
		best := 2*limit + 1
		try := func(x string) {
			fx := fold(x)
			if dd := 2 * distance(k, fx, limit+1); dd < best {
				best = dd
			}
			if len(k) >= 3 && strings.HasPrefix(fx, k) && 2*limit-1 < best {
				best = 2*limit - 1
			}
		}
		try(t.ID)
		try(t.Name)
		for _, a := range t.Aliases {
			try(a)
		}
		if best <= 2*limit {
			cs = append(cs, cand{t.Name, best})
		}
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if c := cmp.Compare(a.dist, b.dist); c != 0 {
			return c
		}
		return cmp.Compare(a.name, b.name)
	})
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		if !slices.Contains(out, c.name) {
			out = append(out, c.name)
		}
	}
	return out
}

// distance is the Levenshtein distance of a and b in runes, or any value
// ≥ bound once it is certain to reach bound (most candidates are far off).
func distance(a, b string, bound int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d >= bound || -d >= bound {
		return bound
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			sub := prev[j-1]
			if ra[i-1] != rb[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= bound {
			return bound
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Filter selects terms for [Dict.Select]; a zero field selects all.
type Filter struct {
	Kind     Kind   // Hard or Soft
	Category string // compared case-insensitively
	Source   string // curated, esco, onet, stackoverflow, user; case-insensitive
}

// Select returns the terms f selects, in ID order.
func (d *Dict) Select(f Filter) []*Term {
	var out []*Term
	for i := range d.Terms {
		t := &d.Terms[i]
		if f.Kind != "" && t.Kind != f.Kind ||
			f.Category != "" && !strings.EqualFold(t.Category, f.Category) ||
			f.Source != "" && !strings.EqualFold(t.Source, f.Source) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// Count is one row of a [Stats] breakdown.
type Count struct {
	Name  string `json:"name"`
	Terms int    `json:"terms"`
}

// Stats summarises a dictionary. The breakdowns are sorted by count,
// largest first, then by name.
type Stats struct {
	Version        string  `json:"version"`
	Terms          int     `json:"terms"`
	ByKind         []Count `json:"by_kind"`
	ByCategory     []Count `json:"by_category"`
	BySource       []Count `json:"by_source"`
	Aliases        int     `json:"aliases"`
	Acronyms       int     `json:"acronyms"`
	Forms          int     `json:"forms"`
	Ambiguous      int     `json:"ambiguous_surfaces"`
	AmbiguousTerms int     `json:"ambiguous_terms"` // terms with at least one ambiguous surface
	ContextWords   int     `json:"context_words"`
	Related        int     `json:"related_links"`
	Broader        int     `json:"broader_links"`
}

// Stats counts d's terms by kind, category and source, and its surfaces.
// A term without a source counts as "unknown".
func (d *Dict) Stats() Stats {
	st := Stats{Version: d.Version, Terms: len(d.Terms)}
	kinds, cats, srcs := map[string]int{}, map[string]int{}, map[string]int{}
	for i := range d.Terms {
		t := &d.Terms[i]
		kinds[string(t.Kind)]++
		cats[t.Category]++
		src := t.Source
		if src == "" {
			src = "unknown"
		}
		srcs[src]++
		st.Aliases += len(t.Aliases)
		st.Acronyms += len(t.Acronyms)
		st.Forms += len(t.Forms)
		st.Ambiguous += len(t.Ambiguous)
		if len(t.Ambiguous) > 0 {
			st.AmbiguousTerms++
		}
		st.ContextWords += len(t.Context)
		st.Related += len(t.Related)
		st.Broader += len(t.Broader)
	}
	st.ByKind, st.ByCategory, st.BySource = counts(kinds), counts(cats), counts(srcs)
	return st
}

func counts(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for k, n := range m {
		out = append(out, Count{Name: k, Terms: n})
	}
	slices.SortFunc(out, func(a, b Count) int {
		if c := cmp.Compare(b.Terms, a.Terms); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return out
}

// OverlayChanges lists the term IDs an overlay touches, each once, in
// file order.
type OverlayChanges struct {
	Added    []string `json:"added"`    // new terms
	Changed  []string `json:"changed"`  // terms it extends
	Disabled []string `json:"disabled"` // terms it removes
}

// Changes reports what o does to a dictionary, as written in the file
// (Merge decides whether it applies). An id disabled or extended twice
// counts once: the term is disabled or changed, however often the file
// says so. A new term's id is listed as often as written (a second one is
// a problem Merge reports).
func (o *Overlay) Changes() OverlayChanges {
	c := OverlayChanges{Added: []string{}, Changed: []string{}, Disabled: []string{}}
	if o == nil || o.file == nil {
		return c
	}
	seen := map[*[]string]map[string]bool{&c.Changed: {}, &c.Disabled: {}}
	once := func(list *[]string, id string) {
		if !seen[list][id] {
			seen[list][id] = true
			*list = append(*list, id)
		}
	}
	for _, id := range o.file.disable {
		once(&c.Disabled, id)
	}
	for _, t := range o.file.Terms {
		if t.extends != "" {
			once(&c.Changed, t.extends)
		} else {
			c.Added = append(c.Added, t.ID)
		}
	}
	return c
}
