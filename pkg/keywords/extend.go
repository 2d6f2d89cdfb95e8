package keywords

import (
	"fmt"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/diag"
)

// An overlay may extend one term many times (a generated file, a pasted
// block): each extends must cost what it adds, not the size the term has
// grown to. Copying, deduplicating and re-checking the whole term per
// extends made 20,000 of them take 30 s. extend keeps a termIndex per
// term it grows instead, and undoes only what a failed extends added.

// termIndex is what extend knows about a term it has grown.
type termIndex struct {
	spellings map[string][]string        // fold(surface) → the term's surfaces with that key
	amb       map[string]bool            // fold of each ambiguous entry that is a surface
	has       map[string]map[string]bool // list key → items (not_before, not_after: folded)
	valid     bool                       // the term passes checkTerm
}

// mergedLists are the lists an extends merges without repeats, and whether
// an item is compared folded (as the matcher compares words).
var mergedLists = []struct {
	field  string
	folded bool
}{{"ambiguous", false}, {"context", false}, {"not_before", true}, {"not_after", true}, {"related", false}, {"broader", false}}

func itemKey(s string, folded bool) string {
	if folded {
		return fold(s)
	}
	return s
}

// index returns the termIndex of term i, building it on first use. The
// merged lists are deduplicated then, as every extends of them would
// (dedupe is idempotent, so the result is the same).
func (m *merger) index(i int) *termIndex {
	if x := m.grown[i]; x != nil {
		return x
	}
	t := &m.d.Terms[i]
	t.Ambiguous, t.Context, t.Related = dedupe(t.Ambiguous), dedupe(t.Context), dedupe(t.Related)
	t.NotBefore, t.NotAfter = dedupeFold(t.NotBefore), dedupeFold(t.NotAfter)
	x := &termIndex{spellings: map[string][]string{}, amb: map[string]bool{}, has: map[string]map[string]bool{}}
	termSurfaces(t, func(_, s string) { x.spellings[fold(s)] = append(x.spellings[fold(s)], s) })
	for _, a := range t.Ambiguous {
		if len(x.spellings[fold(a)]) > 0 {
			x.amb[fold(a)] = true
		}
	}
	for _, l := range mergedLists {
		set := map[string]bool{}
		for _, s := range listOf(t, l.field) {
			set[itemKey(s, l.folded)] = true
		}
		x.has[l.field] = set
	}
	x.valid = len(checkTerm(t)) == 0
	m.grown[i] = x
	return x
}

// addsSpelling reports whether s adds a spelling the matcher cannot derive
// from any surface of the term with the same key (see restates): "Front-End"
// for a term named "Frontend", "Helpdesk" for one named "Help Desk".
func (x *termIndex) addsSpelling(s string) bool {
	for _, p := range x.spellings[fold(s)] {
		if restates(p, s) {
			return false
		}
	}
	return true
}

// extend applies the overlay term st to the term it extends, reporting
// every problem of it, not only the first. A term that cannot be extended
// stays as it was and owns none of the overlay's surfaces: CheckOverlay
// goes on, and a later term must not clash with a half-applied extends.
func (m *merger) extend(st *SourceTerm) diag.List {
	i, ok := m.byID[st.extends]
	if !ok {
		return diag.List{st.At("extends", -1, "extends: unknown term %q", st.extends)}
	}
	errs := extendsProblems(st)
	g := &growth{m: m, st: st, t: &m.d.Terms[i], x: m.index(i)}
	// Extending only appends to t's lists, so a copy of the slice headers
	// restores t; g.undo takes back what the index and owner learnt.
	saved := *g.t
	errs = append(errs, g.addSurfaces()...)
	g.addItems()
	g.setScalars()
	errs = append(errs, g.check(&saved)...)
	if len(errs) > 0 {
		*g.t = saved
		for j := len(g.undo) - 1; j >= 0; j-- {
			g.undo[j]()
		}
		return errs
	}
	if !g.x.valid {
		// checkTerm found nothing: from now on only new items need
		// checking, and every ambiguous entry is a surface.
		g.x.valid = true
		clear(g.x.amb)
		for _, a := range g.t.Ambiguous {
			g.x.amb[fold(a)] = true
		}
	}
	return nil
}

// extendsProblems are the problems of an extends term on its own.
func extendsProblems(st *SourceTerm) diag.List {
	var errs diag.List
	if st.set["id"] && st.ID != st.extends {
		errs.Add(st.At("id", -1, "id %q differs from extends %q", st.ID, st.extends))
	}
	for _, field := range []string{"not_before", "not_after"} {
		for _, w := range checkWords(listOf(&st.Term, field)) {
			errs.Add(st.At(field, w.i, "extends %s: %s: %s", st.extends, field, w.msg))
		}
	}
	return errs
}

// growth is one extends being applied to term t (index x), with the log
// that undoes what it taught the index and the owner map.
type growth struct {
	m    *merger
	st   *SourceTerm
	t    *Term
	x    *termIndex
	undo []func()
}

// addSurfaces appends the overlay's aliases, acronyms and forms that add
// a spelling; one another term owns is a problem.
func (g *growth) addSurfaces() diag.List {
	var errs diag.List
	for _, l := range surfaceLists {
		dst := termList(g.t, l.field)
		for j, s := range listOf(&g.st.Term, l.field) {
			k := fold(s)
			o, owned := g.m.owner[k]
			switch {
			case owned && o != g.t.ID:
				errs.Add(g.st.At(l.field, j, "%s %q already belongs to %s", l.kind, s, o))
				continue
			case owned && !g.x.addsSpelling(s):
				continue // already a surface of this term
			case !owned:
				g.m.owner[k] = g.t.ID
				g.undo = append(g.undo, func() { delete(g.m.owner, k) })
			}
			*dst = append(*dst, s)
			n := len(g.x.spellings[k])
			g.x.spellings[k] = append(g.x.spellings[k], s)
			g.undo = append(g.undo, func() { g.x.spellings[k] = g.x.spellings[k][:n] })
		}
	}
	return errs
}

// addItems appends the overlay's ambiguous, context, not_before,
// not_after and related items the term does not list yet.
func (g *growth) addItems() {
	for _, l := range mergedLists {
		dst, set := termList(g.t, l.field), g.x.has[l.field]
		for _, s := range listOf(&g.st.Term, l.field) {
			k := itemKey(s, l.folded)
			if k == "" || set[k] {
				continue
			}
			set[k] = true
			g.undo = append(g.undo, func() { delete(set, k) })
			*dst = append(*dst, s)
			if f := fold(s); l.field == "ambiguous" && len(g.x.spellings[f]) > 0 && !g.x.amb[f] {
				g.x.amb[f] = true
				g.undo = append(g.undo, func() { delete(g.x.amb, f) })
			}
		}
	}
}

// setScalars applies the kind, category and weight the overlay sets.
func (g *growth) setScalars() {
	if g.st.set["kind"] {
		g.t.Kind = g.st.Kind
	}
	if g.st.set["category"] {
		g.t.Category = g.st.Category
	}
	if g.st.set["weight"] {
		g.t.Weight = g.st.Weight
	}
}

// check is checkTerm of the grown term (saved is the term before), each
// problem at the overlay line it came from.
func (g *growth) check(saved *Term) diag.List {
	var ps []termProblem
	if g.x.valid {
		ps = checkGrown(g.t, saved, g.x)
	} else {
		ps = checkTerm(g.t)
	}
	var errs diag.List
	for _, p := range ps {
		errs.Add(g.st.At(p.field, overlayItem(g.st, len(listOf(saved, p.field)), g.t, p.field, p.i), "extends %s: %s", g.t.ID, p.msg))
	}
	return errs
}

// checkGrown is checkTerm(t) for a term that passed it as old was, before
// an extends appended to its lists. An old item cannot fail: surfaces and
// ambiguous entries only grow, and the merged word lists hold no empty or
// repeated word. So it checks the scalars and the new items, in
// checkTerm's order.
func checkGrown(t, old *Term, x *termIndex) []termProblem {
	out := checkScalars(t, nil)
	add := func(field string, i int, format string, a ...any) {
		out = append(out, termProblem{field, i, fmt.Sprintf(format, a...)})
	}
	for i := len(old.Ambiguous); i < len(t.Ambiguous); i++ {
		if a := t.Ambiguous[i]; len(x.spellings[fold(a)]) == 0 {
			add("ambiguous", i, "ambiguous %q is not the name, an alias, an acronym or a form", a)
		}
	}
	for _, l := range surfaceLists {
		list := listOf(t, l.field)
		for i := len(listOf(old, l.field)); i < len(list); i++ {
			switch s := list[i]; {
			case strings.TrimSpace(s) == "":
				add(l.field, i, "empty surface")
			case stopNames[fold(s)] && !x.amb[fold(s)]:
				add(l.field, i, "%q is too vague unless listed in ambiguous", s)
			}
		}
	}
	for i := len(old.Context); i < len(t.Context); i++ {
		if strings.TrimSpace(t.Context[i]) == "" {
			add("context", i, "empty context word")
		}
	}
	for i := len(old.Related); i < len(t.Related); i++ {
		if t.Related[i] == t.ID {
			add("related", i, "a term cannot be related to itself")
		}
	}
	return out
}
