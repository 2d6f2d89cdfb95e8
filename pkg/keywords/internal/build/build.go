// Package build is the dictionary generator's library: it compiles the
// YAML sources (pkg/keywords/data/src/*.yaml) into a validated
// keywords.Dict, enforcing the data lints (lint.go), and writes the
// canonical keywords.json the runtime embeds (Encode). go generate
// (internal/dictgen), the importer and their tests use it; cmd/atsmatch
// never does, so none of it is in the binary.
package build

import (
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/diag"
	"github.com/atsmatch/atsmatch/pkg/keywords"
)

// Stats counts what Build dropped from imported files.
type Stats struct {
	Curated, Imported int // terms kept
	DroppedTerms      int // imported terms duplicating a kept term, or invalid
	DroppedSurfaces   int // imported aliases/acronyms/forms claimed by a kept term
	DroppedRelated    int // imported related ids with no term
	RedundantSurfaces int // surfaces equal to the name up to case/hyphen/space
	Warnings          diag.List
}

// maxProblems caps the problems Build reports: past it they are likely
// one mistake repeated, and the first ones are enough to act on.
const maxProblems = 20

// builder holds the state of one Build: the terms kept so far, who owns
// each surface, and the problems found.
type builder struct {
	st    *Stats
	errs  diag.List
	ids   map[string]*keywords.SourceTerm
	owner map[string]string // keywords.Fold(surface) → id
	kept  []*keywords.SourceTerm
	// One concept, one term (neardup.go): the first kept term of each
	// concept key, the distinct_ok pairs the lint met, and the term that
	// replaces each replaced id.
	concepts     map[string]concept
	distinctSeen map[[2]string]bool
	replaced     map[string]string
}

func (b *builder) fail(p diag.Problem) {
	if len(b.errs) < maxProblems {
		b.errs.Add(p)
	}
}

// Build compiles source files into a validated Dict, as the generator does:
// it applies file defaults, validates every term, lets curated terms win
// every conflict with imported ones and sorts terms by ID. Conflicts among
// curated terms are problems naming file and line; the error is a
// [diag.List].
func Build(version string, files []keywords.SourceFile) (*keywords.Dict, *Stats, error) {
	curated, imported, err := parseAll(files)
	if err != nil {
		return nil, nil, err
	}
	b := &builder{st: &Stats{}, ids: map[string]*keywords.SourceTerm{}, owner: map[string]string{},
		concepts: map[string]concept{}, distinctSeen: map[[2]string]bool{}, replaced: map[string]string{}}
	for _, t := range curated {
		b.addCurated(t)
	}
	b.collectReplaced()
	for _, t := range b.kept {
		b.nearDuplicates(t)
	}
	for _, t := range b.kept {
		forPlurals(t, b.owner, func(field string, i int, s, p, o string) bool {
			b.fail(t.At(field, i, "%q of %s becomes %q, a surface of %s (the matcher adds the plural of multi-word hard surfaces; one surface, one term)", s, t.ID, p, o))
			return false
		})
	}
	if len(b.errs) > 0 {
		return nil, nil, b.errs
	}
	// From here on a kept term's generated plurals count as its surfaces,
	// so an imported term or alias that is one ("pricing strategies" for
	// Pricing Strategy) is a duplicate, dropped by addImported.
	for _, t := range b.kept {
		claimPlurals(t, b.owner)
	}
	for _, t := range imported {
		b.addImported(t)
	}
	b.checkDistinct()
	b.linkRelated()
	if len(b.errs) > 0 {
		return nil, nil, b.errs
	}
	d := b.dict(version)
	if err := d.Validate(); err != nil {
		return nil, nil, err
	}
	return d, b.st, nil
}

// parseAll parses files in name order and splits their terms into curated
// and imported ones. It stops at the first file with a problem.
func parseAll(files []keywords.SourceFile) (curated, imported []*keywords.SourceTerm, err error) {
	files = slices.Clone(files)
	slices.SortFunc(files, func(a, b keywords.SourceFile) int { return strings.Compare(a.Name, b.Name) })
	for _, f := range files {
		sf, ps := keywords.ParseSource(f)
		if len(ps) > 0 {
			return nil, nil, ps[:1]
		}
		if sf.Imported {
			imported = append(imported, sf.Terms...)
		} else {
			curated = append(curated, sf.Terms...)
		}
	}
	return curated, imported, nil
}

// addCurated checks a curated term and keeps it; every problem is
// reported, a term with a problem of its own is not kept.
func (b *builder) addCurated(t *keywords.SourceTerm) {
	t.Tidy(func(p diag.Problem) {
		b.st.RedundantSurfaces++
		b.st.Warnings.Add(p)
	})
	if ps := t.Check(); len(ps) > 0 {
		for _, p := range ps {
			p.Msg = t.ID + ": " + p.Msg
			b.fail(p)
		}
		return
	}
	if o, ok := b.ids[t.ID]; ok {
		b.fail(t.At("id", -1, "id %q already used at %s", t.ID, o.Pos("id", -1)))
		return
	}
	if len(t.Context) > 0 && len(t.Ambiguous) == 0 {
		b.fail(t.At("context", -1, "%s: context without ambiguous surfaces confirms nothing (left over from a dropped surface?)", t.ID))
	}
	for _, p := range checkAllowLists(t) {
		b.fail(p)
	}
	for _, f := range lintTerm(t) {
		b.fail(t.At(f.field, f.i, "%s", f.msg))
	}
	b.ids[t.ID] = t
	claim(t, b.owner, func(field string, i int, kind, s, o string) bool {
		b.fail(t.At(field, i, "%s %q already belongs to %s", kind, s, o))
		return false
	})
	b.kept = append(b.kept, t)
}

// addImported keeps an imported term unless a kept term already covers
// it, dropping the surfaces the lints refuse or a kept term owns.
func (b *builder) addImported(t *keywords.SourceTerm) {
	st := b.st
	t.Tidy(func(diag.Problem) { st.RedundantSurfaces++ })
	if b.dropReplaced(t) {
		return
	}
	if sameProduct(t, b.owner, b.ids) { // before dropShortenings cuts the vendor-less alias
		st.DroppedTerms++
		return
	}
	st.DroppedSurfaces += dropShortenings(t)
	for _, f := range dropLinted(t) {
		st.DroppedSurfaces++
		st.Warnings.Add(t.At(f.field, f.i, "imported %s; dropped", f.msg))
	}
	if b.covered(t) {
		st.DroppedTerms++
		return
	}
	b.ids[t.ID] = t
	drop := func(string, int, string, string, string) bool {
		st.DroppedSurfaces++
		return true
	}
	claim(t, b.owner, func(field string, i int, kind, s, o string) bool { return drop(field, i, kind, s, o) })
	forPlurals(t, b.owner, drop)
	b.nearDuplicates(t) // after the drops: a surface another term owns is gone
	claimPlurals(t, b.owner)
	b.kept = append(b.kept, t)
}

// covered reports whether imported term t cannot be kept: it is invalid,
// or its id, name or the plural the matcher reads for its name ("Electronic
// health record" for Electronic Health Records) is already taken.
func (b *builder) covered(t *keywords.SourceTerm) bool {
	if len(t.Check()) > 0 {
		return true
	}
	if _, ok := b.ids[t.ID]; ok {
		return true
	}
	if _, ok := b.owner[keywords.Fold(t.Name)]; ok {
		return true
	}
	if p := generatedPlural(&t.Term, t.Name); p != "" {
		if _, ok := b.owner[keywords.Fold(p)]; ok {
			return true
		}
	}
	return false
}

// linkRelated keeps the related ids that are terms: a dangling one is a
// problem in curated data and dropped from imported data. A broader id
// must be a term, and not also a related one.
func (b *builder) linkRelated() {
	for _, t := range b.kept {
		// A link to a merged id is a link to the term that replaces it.
		for _, list := range [][]string{t.Related, t.Broader} {
			for i, r := range list {
				list[i] = b.successor(r)
			}
		}
		var rel []string
		for i, r := range t.Related {
			if _, ok := b.ids[r]; ok {
				rel = append(rel, r)
			} else if t.Source == keywords.Curated {
				b.fail(t.At("related", i, "related %q is not a term", r))
			} else {
				b.st.DroppedRelated++
			}
		}
		t.Related = rel
		for i, br := range t.Broader {
			switch {
			case !b.has(br):
				b.fail(t.At("broader", i, "broader %q is not a term", br))
			case slices.Contains(t.Related, br):
				b.fail(t.At("broader", i, "%q is listed in both related and broader (keep it in broader: it says more)", br))
			}
		}
	}
}

// has reports whether a term with that id is kept.
func (b *builder) has(id string) bool {
	_, ok := b.ids[id]
	return ok
}

// dict assembles the kept terms, sorted by ID, and counts them.
func (b *builder) dict(version string) *keywords.Dict {
	d := &keywords.Dict{Version: strings.TrimSpace(version)}
	for _, t := range b.kept {
		if t.Source == keywords.Curated {
			b.st.Curated++
		} else {
			b.st.Imported++
		}
		d.Terms = append(d.Terms, t.Term)
	}
	slices.SortStableFunc(d.Terms, func(a, b keywords.Term) int { return strings.Compare(a.ID, b.ID) })
	return d
}
