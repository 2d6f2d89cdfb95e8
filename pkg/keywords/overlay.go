package keywords

import (
	"fmt"
	"path"
	"slices"
)

// Overlay is a user dictionary file (`--dict FILE`): the source YAML format
// plus `disable: [ids]` at the top and `extends: existing-id` on a term to
// add surfaces to, or change the kind, category or weight of, a term.
type Overlay struct {
	name string
	file *srcFile
}

// Name returns the file name the overlay was loaded from.
func (o *Overlay) Name() string { return o.name }

// LoadOverlay parses an overlay. name is used in errors ("my.yaml:12: ...").
// Conflicts with the dictionary are reported by Merge.
func LoadOverlay(name string, data []byte) (*Overlay, error) {
	sf, err := parseSource(SourceFile{Name: name, Data: data}, true, "user")
	if err != nil {
		return nil, err
	}
	if errs, _ := prepareOverlayTerms(sf); len(errs) > 0 {
		return nil, errs[0]
	}
	return &Overlay{name: name, file: sf}, nil
}

// prepareOverlayTerms readies the parsed overlay sf for merging, the one
// way LoadOverlay and CheckOverlay both do: defaults for bare terms, tidy,
// then each new term checked on its own. It returns every problem in
// order and the terms that have one.
func prepareOverlayTerms(sf *srcFile) (errs []error, bad map[*srcTerm]bool) {
	sf.imported = false // an overlay is the user's, whatever its file is called
	bad = map[*srcTerm]bool{}
	for _, t := range sf.terms {
		if t.Extends != "" {
			continue
		}
		// Users write short files: a bare term is a hard skill.
		if t.Kind == "" {
			t.Kind = Hard
		}
		if t.Category == "" {
			t.Category = "custom"
		}
		t.tidy(func(string, string) {})
		for _, p := range checkTerm(&t.Term) {
			errs = append(errs, fmt.Errorf("%s: %s", t.at(p.field, p.i), p.msg))
			bad[t] = true
		}
	}
	return errs, bad
}

// Merge returns a new validated Dict: d with each overlay applied in order.
// d is not modified. Errors name the overlay file and line.
func (d *Dict) Merge(overlays ...*Overlay) (*Dict, error) {
	out := d.clone()
	for _, o := range overlays {
		if o == nil {
			continue
		}
		if errs := out.apply(o.file, map[*srcTerm]bool{}); len(errs) > 0 {
			return nil, errs[0]
		}
		out.Version = out.Version + "+" + path.Base(o.name)
	}
	sortTerms(out.Terms)
	if err := out.Validate(); err != nil {
		return nil, err
	}
	return out, nil
}

// clone returns a copy of d that shares no slice with it.
func (d *Dict) clone() *Dict {
	out := &Dict{Version: d.Version, Terms: make([]Term, len(d.Terms))}
	for i, t := range d.Terms {
		out.Terms[i] = cloneTerm(t)
	}
	return out
}

func cloneTerm(t Term) Term {
	t.Aliases = slices.Clone(t.Aliases)
	t.Acronyms = slices.Clone(t.Acronyms)
	t.Forms = slices.Clone(t.Forms)
	t.Ambiguous = slices.Clone(t.Ambiguous)
	t.Context = slices.Clone(t.Context)
	t.NotBefore = slices.Clone(t.NotBefore)
	t.NotAfter = slices.Clone(t.NotAfter)
	t.Related = slices.Clone(t.Related)
	return t
}

// merger applies one overlay to a Dict copy, with the lookups it needs.
type merger struct {
	d     *Dict
	byID  map[string]int
	owner map[string]string // fold(surface) → term ID
}

func (m *merger) reindex() {
	m.byID = make(map[string]int, len(m.d.Terms))
	m.owner = make(map[string]string, len(m.d.Terms)*3)
	for i := range m.d.Terms {
		t := &m.d.Terms[i]
		m.byID[t.ID] = i
		termSurfaces(t, func(_, s string) { m.owner[fold(s)] = t.ID })
	}
}

// apply merges the overlay sf into d, going on past a problem and
// returning every one in the order found: Merge reports the first,
// CheckOverlay all. The terms in bad (problems of their own) are skipped,
// and a term that cannot be merged joins them, so neither causes a second
// report (a related link to it is not reported again).
func (d *Dict) apply(sf *srcFile, bad map[*srcTerm]bool) []error {
	m := &merger{d: d}
	m.reindex()
	var errs []error
	disabled := map[string]bool{}
	for i, id := range sf.disable {
		if _, ok := m.byID[id]; !ok {
			hint := ""
			if o, ok := m.owner[fold(id)]; ok {
				hint = fmt.Sprintf(" (a name of %s: list ids, e.g. - %s)", o, o) // a name or alias written for its id
			}
			errs = append(errs, fmt.Errorf("%s:%d: disable: unknown term %q%s", sf.name, sf.disLines[i], id, hint))
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
			kept = append(kept, t)
		}
		d.Terms = kept
		m.reindex()
	}
	missing := map[string]bool{} // IDs of new terms that were not added
	for _, st := range sf.terms {
		switch {
		case bad[st]:
			missing[st.ID] = true
		case st.Extends != "":
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
	for _, st := range sf.terms {
		if bad[st] {
			continue
		}
		for i, r := range st.Related {
			if _, ok := m.byID[r]; !ok && !missing[r] {
				errs = append(errs, fmt.Errorf("%s: related %q is not a term", st.at("related", i), r))
			}
		}
	}
	return errs
}

// add adds the new term st, reporting every surface of it another term
// owns, not only the first.
func (m *merger) add(st *srcTerm) []error {
	if _, ok := m.byID[st.ID]; ok {
		return []error{fmt.Errorf("%s: term %q already exists (use extends: %s to change it)", st.at("id", -1), st.ID, st.ID)}
	}
	// claim registers the free surfaces as it goes; a term that is not
	// added must not own them, or later terms would clash with a ghost.
	var fresh []string
	termSurfaces(&st.Term, func(_, s string) {
		if _, ok := m.owner[fold(s)]; !ok {
			fresh = append(fresh, fold(s))
		}
	})
	var errs []error
	claim(st, m.owner, func(field string, i int, kind, s, other string) bool {
		errs = append(errs, fmt.Errorf("%s: %s %q already belongs to %s", st.at(field, i), kind, s, other))
		return false
	})
	if len(errs) > 0 {
		for _, k := range fresh {
			delete(m.owner, k)
		}
		return errs
	}
	m.d.Terms = append(m.d.Terms, cloneTerm(st.Term))
	m.byID[st.ID] = len(m.d.Terms) - 1
	return nil
}

// extend applies the overlay term st to the term it extends, reporting
// every problem of it, not only the first.
func (m *merger) extend(st *srcTerm) (errs []error) {
	i, ok := m.byID[st.Extends]
	if !ok {
		return []error{fmt.Errorf("%s: extends: unknown term %q", st.at("extends", -1), st.Extends)}
	}
	if st.set["id"] && st.ID != st.Extends {
		errs = append(errs, fmt.Errorf("%s: id %q differs from extends %q", st.at("id", -1), st.ID, st.Extends))
	}
	for _, l := range []struct {
		field string
		list  []string
	}{{"not_before", st.NotBefore}, {"not_after", st.NotAfter}} {
		for _, w := range checkWords(l.list) {
			errs = append(errs, fmt.Errorf("%s: extends %s: %s: %s", st.at(l.field, w.i), st.Extends, l.field, w.msg))
		}
	}
	t := &m.d.Terms[i]
	// A term that cannot be extended stays as it was and owns none of the
	// overlay's surfaces: CheckOverlay goes on, and a later term must not
	// clash with a half-applied extends.
	saved := cloneTerm(*t)
	var claimed []string
	defer func() {
		if len(errs) > 0 {
			*t = saved
			for _, k := range claimed {
				delete(m.owner, k)
			}
		}
	}()
	for _, l := range []struct {
		field, kind string
		src         []string
		dst         *[]string
	}{
		{"aliases", "alias", st.Aliases, &t.Aliases},
		{"acronyms", "acronym", st.Acronyms, &t.Acronyms},
		{"forms", "form", st.Forms, &t.Forms},
	} {
		for j, s := range l.src {
			k := fold(s)
			if o, ok := m.owner[k]; ok {
				if o == t.ID {
					if addsSpelling(t, s) {
						*l.dst = append(*l.dst, s)
					}
					continue // else already a surface of this term
				}
				errs = append(errs, fmt.Errorf("%s: %s %q already belongs to %s", st.at(l.field, j), l.kind, s, o))
				continue
			}
			m.owner[k] = t.ID
			claimed = append(claimed, k)
			*l.dst = append(*l.dst, s)
		}
	}
	t.Ambiguous = dedupe(append(t.Ambiguous, st.Ambiguous...))
	t.Context = dedupe(append(t.Context, st.Context...))
	t.NotBefore = dedupeFold(append(t.NotBefore, st.NotBefore...))
	t.NotAfter = dedupeFold(append(t.NotAfter, st.NotAfter...))
	t.Related = dedupe(append(t.Related, st.Related...))
	if st.set["kind"] {
		t.Kind = st.Kind
	}
	if st.set["category"] {
		t.Category = st.Category
	}
	if st.set["weight"] {
		t.Weight = st.Weight
	}
	for _, p := range checkTerm(t) {
		errs = append(errs, fmt.Errorf("%s: extends %s: %s", st.at(p.field, overlayItem(st, &saved, t, p.field, p.i)), t.ID, p.msg))
	}
	return errs
}

// overlayItem maps item i of a merged list of t (which was saved before
// st extended it) to the index of the overlay item it came from, or -1
// (the key's line). The merged list holds the term's own items first, then
// the overlay's minus those it already had, so an index offset would point
// at the wrong line after a skipped item; the item is found by value.
func overlayItem(st *srcTerm, saved, t *Term, field string, i int) int {
	merged := listOf(t, field)
	if i < len(listOf(saved, field)) || i >= len(merged) {
		return -1
	}
	return slices.Index(listOf(&st.Term, field), merged[i])
}

// listOf returns the list of t that a YAML list key fills, or nil.
func listOf(t *Term, field string) []string {
	switch field {
	case "aliases":
		return t.Aliases
	case "acronyms":
		return t.Acronyms
	case "forms":
		return t.Forms
	case "ambiguous":
		return t.Ambiguous
	case "context":
		return t.Context
	case "not_before":
		return t.NotBefore
	case "not_after":
		return t.NotAfter
	case "related":
		return t.Related
	}
	return nil
}

// addsSpelling reports whether s adds a spelling the matcher cannot derive
// from any same-fold surface of t (see restates): "Front-End" for a term
// named "Frontend", "Helpdesk" for one named "Help Desk".
func addsSpelling(t *Term, s string) bool {
	adds := true
	termSurfaces(t, func(_, x string) {
		if restates(x, s) {
			adds = false
		}
	})
	return adds
}
