package keywords

import (
	"fmt"
	"slices"

	"github.com/atsmatch/atsmatch/pkg/diag"
)

// merger applies one overlay to a Dict copy, with the lookups it needs.
type merger struct {
	d     *Dict
	byID  map[string]int
	owner map[string]string  // fold(surface) → term ID
	grown map[int]*termIndex // terms an extends changed, by index in d.Terms
	// replaced maps an ID merged into another term (Term.Replaces) to
	// that term's ID: an overlay written for the old ID still works.
	replaced map[string]string
}

func (m *merger) reindex() {
	m.byID = make(map[string]int, len(m.d.Terms))
	m.owner = make(map[string]string, len(m.d.Terms)*3)
	m.grown = map[int]*termIndex{}
	m.replaced = map[string]string{}
	for i := range m.d.Terms {
		t := &m.d.Terms[i]
		m.byID[t.ID] = i
		termSurfaces(t, func(_, s string) { m.owner[fold(s)] = t.ID })
		for _, r := range t.Replaces {
			m.replaced[r] = t.ID
		}
	}
}

// resolveIDs rewrites the ids the overlay's terms name (extends,
// related, broader): an id merged into another term names that term.
func (m *merger) resolveIDs(sf *Source) {
	for _, st := range sf.Terms {
		for _, list := range [][]string{st.Related, st.Broader} {
			for i, r := range list {
				list[i] = m.resolve(r)
			}
		}
		if st.extends != "" {
			st.extends = m.resolve(st.extends)
		}
	}
}

// resolve returns the ID an overlay's id names: itself, or the term that
// replaces it.
func (m *merger) resolve(id string) string {
	if _, ok := m.byID[id]; !ok {
		if n, ok := m.replaced[id]; ok {
			return n
		}
	}
	return id
}

// apply merges the overlay sf into d, going on past a problem and
// returning every one in the order found: Merge reports the first,
// CheckOverlay all. The terms in bad (problems of their own) are skipped,
// and a term that cannot be merged joins them, so neither causes a second
// report (a related link to it is not reported again).
func (d *Dict) apply(sf *Source, bad map[*SourceTerm]bool) diag.List {
	m := &merger{d: d}
	m.reindex()
	var errs diag.List
	disabled := map[string]bool{}
	for i, id := range sf.disable {
		id = m.resolve(id) // disabling a replaced id disables the term that replaces it
		if _, ok := m.byID[id]; !ok {
			hint := ""
			if o, ok := m.owner[fold(id)]; ok {
				hint = fmt.Sprintf(" (a name of %s: list ids, e.g. - %s)", o, o) // a name or alias written for its id
			}
			errs.Addf(sf.Name, sf.disLines[i], "disable", "disable: unknown term %q%s", id, hint)
			continue
		}
		disabled[id] = true
	}
	if len(disabled) > 0 {
		var kept []Term
		for _, t := range d.Terms {
			if disabled[t.ID] {
				continue
			}
			t.Related = slices.DeleteFunc(t.Related, func(r string) bool { return disabled[r] })
			t.Broader = slices.DeleteFunc(t.Broader, func(r string) bool { return disabled[r] })
			kept = append(kept, t)
		}
		d.Terms = kept
		m.reindex()
	}
	m.resolveIDs(sf)
	missing := map[string]bool{} // IDs of new terms that were not added
	for _, st := range sf.Terms {
		switch {
		case bad[st]:
			missing[st.ID] = true
		case st.extends != "":
			if es := m.extend(st); len(es) > 0 {
				errs = append(errs, es...)
				bad[st] = true
			}
		default:
			if es := m.add(st); len(es) > 0 {
				errs = append(errs, es...)
				bad[st] = true
				missing[st.ID] = true
			}
		}
	}
	for _, st := range sf.Terms {
		if bad[st] {
			continue
		}
		for i, r := range st.Related {
			if _, ok := m.byID[r]; !ok && !missing[r] {
				errs.Add(st.At("related", i, "related %q is not a term", r))
			}
		}
		for i, b := range st.Broader {
			if _, ok := m.byID[b]; !ok && !missing[b] {
				errs.Add(st.At("broader", i, "broader %q is not a term", b))
			}
		}
	}
	return errs
}

// add adds the new term st, reporting every surface of it another term
// owns, not only the first. A term that is not added owns none of its
// surfaces, or later terms would clash with a ghost.
func (m *merger) add(st *SourceTerm) diag.List {
	if _, ok := m.byID[st.ID]; ok {
		return diag.List{st.At("id", -1, "term %q already exists (use extends: %s to change it)", st.ID, st.ID)}
	}
	var errs diag.List
	var claimed []string
	claim := func(field string, i int, kind, s string) {
		k := fold(s)
		if o, ok := m.owner[k]; ok && o != st.ID {
			errs.Add(st.At(field, i, "%s %q already belongs to %s", kind, s, o))
			return
		} else if !ok {
			claimed = append(claimed, k)
		}
		m.owner[k] = st.ID
	}
	claim("name", -1, "name", st.Name)
	for _, l := range surfaceLists {
		for i, s := range listOf(&st.Term, l.field) {
			claim(l.field, i, l.kind, s)
		}
	}
	if len(errs) > 0 {
		for _, k := range claimed {
			delete(m.owner, k)
		}
		return errs
	}
	m.d.Terms = append(m.d.Terms, cloneTerm(st.Term))
	m.byID[st.ID] = len(m.d.Terms) - 1
	return nil
}

// surfaceLists are the surface list keys in the order problems name them.
var surfaceLists = []struct{ field, kind string }{{"aliases", "alias"}, {"acronyms", "acronym"}, {"forms", "form"}}

// overlayItem maps item i of a merged list of t (which held n items before
// st extended it) to the index of the overlay item it came from, or -1
// (the key's line). The merged list holds the term's own items first, then
// the overlay's minus those it already had, so an index offset would point
// at the wrong line after a skipped item; the item is found by value.
func overlayItem(st *SourceTerm, n int, t *Term, field string, i int) int {
	merged := listOf(t, field)
	if i < n || i >= len(merged) {
		return -1
	}
	return slices.Index(listOf(&st.Term, field), merged[i])
}
