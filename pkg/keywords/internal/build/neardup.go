package build

// One concept, one term: a term's replaced ids (Term.Replaces) and the
// near-duplicate lint. Two terms whose surfaces say one thing in two
// spellings ("lead a team" and "Team Leadership", "manage time" and "Time
// Management") split what a job asks and what a resume shows between
// them; pkg/morph's ConceptKey finds them.

import (
	"slices"

	"github.com/atsmatch/atsmatch/pkg/diag"
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/morph"
)

// conceptKey is the key of surface s for the near-duplicate lint, and
// whether it is one: a phrase of two words or more, or one word that
// names a verb's activity ("coaching", "welding skills"), never another
// single word (Canva and Canvas, Epic and Epics, Coordinates and
// Coordination are two things).
func conceptKey(s string) (string, bool) {
	ws := surfaceWords(s)
	var content []string
	for _, w := range ws {
		if w != "a" && w != "an" && w != "the" {
			content = append(content, w)
		}
	}
	if n := len(content); n > 1 && (content[n-1] == "skills" || content[n-1] == "skill") {
		content = content[:n-1]
	}
	if len(content) == 0 {
		return "", false
	}
	if len(content) == 1 && morph.Activity(content[0]) == nil {
		return "", false
	}
	return morph.ConceptKey(ws), true
}

// concept is the first kept term that holds a concept key, and the
// surface that gave it.
type concept struct {
	t       *keywords.SourceTerm
	field   string
	i       int
	surface string
}

// conceptSurfaces calls fn with each surface of t the lint reads (name,
// aliases, forms; an acronym is a name of its own) and its key.
func conceptSurfaces(t *keywords.SourceTerm, fn func(field string, i int, s, key string)) {
	if k, ok := conceptKey(t.Name); ok {
		fn("name", -1, t.Name, k)
	}
	for _, l := range []struct {
		field string
		list  []string
	}{{"aliases", t.Aliases}, {"forms", t.Forms}} {
		for i, s := range l.list {
			if k, ok := conceptKey(s); ok {
				fn(l.field, i, s, k)
			}
		}
	}
}

// distinct reports whether a reviewer kept t and o apart (either lists the
// other in distinct_ok).
func distinct(t, o *keywords.SourceTerm) bool {
	return slices.Contains(t.DistinctOK, o.ID) || slices.Contains(o.DistinctOK, t.ID)
}

// nearDuplicates registers the concepts of t and reports each one another
// kept term holds (the first term keeps it): a problem when either term
// is curated, a warning between two imported terms (their files cannot
// be edited; a curated term that replaces one settles it). A pair listed
// in distinct_ok is left alone, and the pair it names is recorded as
// seen, for checkDistinct.
func (b *builder) nearDuplicates(t *keywords.SourceTerm) {
	reported := map[string]bool{}
	conceptSurfaces(t, func(field string, i int, s, key string) {
		c, ok := b.concepts[key]
		if !ok {
			b.concepts[key] = concept{t, field, i, s}
			return
		}
		o := c.t
		if o == t || reported[o.ID] {
			return
		}
		reported[o.ID] = true
		if distinct(t, o) {
			b.distinctSeen[[2]string{t.ID, o.ID}], b.distinctSeen[[2]string{o.ID, t.ID}] = true, true
			return
		}
		p := t.At(field, i, "%s: %q names the concept of %s (%q, %s): one concept, one term: merge them (list %s in replaces of the surviving term, its true synonyms as aliases) or list %s in distinct_ok with why",
			t.ID, s, o.ID, c.surface, o.Pos(c.field, c.i), t.ID, o.ID)
		if t.Source == keywords.Curated || o.Source == keywords.Curated {
			b.fail(p)
		} else {
			b.st.Warnings.Add(p)
		}
	})
}

// checkDistinct reports a distinct_ok entry that is no kept term or
// names a term the lint does not flag, so the lists stay short and
// current: a problem for a curated term, a warning for an imported one
// (the next import may rename or drop it).
func (b *builder) checkDistinct() {
	for _, t := range b.kept {
		for i, id := range t.DistinctOK {
			var p diag.Problem
			switch {
			case !b.has(id):
				p = t.At("distinct_ok", i, "distinct_ok %q of %s is not a term", id, t.ID)
			case !b.distinctSeen[[2]string{t.ID, id}]:
				p = t.At("distinct_ok", i, "distinct_ok %q of %s is not needed (the lint does not flag the pair)", id, t.ID)
			default:
				continue
			}
			if o := b.ids[id]; o != nil && o.Source == keywords.Curated {
				b.fail(p)
			} else {
				b.st.Warnings.Add(p)
			}
		}
	}
}

// collectReplaced records which kept term replaces each replaced id: one
// id is merged into one term, and a merged term is gone (a term that
// still exists cannot be replaced).
func (b *builder) collectReplaced() {
	for _, t := range b.kept {
		for i, r := range t.Replaces {
			switch o, ok := b.replaced[r]; {
			case ok:
				b.fail(t.At("replaces", i, "%s: %q is replaced by %s already", t.ID, r, o))
			case b.has(r):
				b.fail(t.At("replaces", i, "%s replaces %q, which is still a term: remove it, or keep it and drop it from replaces", t.ID, r))
			default:
				b.replaced[r] = t.ID
			}
		}
	}
}

// successor returns the id that id names: itself, or the term that
// replaces it.
func (b *builder) successor(id string) string {
	if n, ok := b.replaced[id]; ok {
		return n
	}
	return id
}

// dropReplaced reports an imported term a kept term replaces: the
// concept is the kept term's, and the imported id resolves to it.
func (b *builder) dropReplaced(t *keywords.SourceTerm) bool {
	if _, ok := b.replaced[t.ID]; ok {
		b.st.DroppedTerms++
		return true
	}
	return false
}
