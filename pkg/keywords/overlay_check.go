package keywords

import (
	"fmt"
	"slices"
	"strings"
)

// This file checks an overlay the way LoadOverlay and Merge load it, but
// goes on past a problem, so `atsmatch dict validate` can list every one
// and a user fixes a file in one pass. Loading (--dict) still stops at the
// first: there a bad file only has to be named.

// CheckOverlay loads the overlay data (named name in messages) and merges
// it over d as LoadOverlay and Merge would, without keeping the result. It
// returns what the file changes, as written (see [Overlay.Changes]), and
// every problem found: each names the file and, where known, the line
// ("my.yaml:12: ..."). A term with a problem of its own is left out of the
// merge, so it causes no second report. A YAML syntax error stops the
// check (nothing after it can be read); the final whole-dictionary
// validation runs only when no other problem was found. d is not modified.
func (d *Dict) CheckOverlay(name string, data []byte) (OverlayChanges, []error) {
	sf, errs := parseSourceAll(SourceFile{Name: name, Data: data}, true, "user")
	if sf == nil {
		return OverlayChanges{}, errs
	}
	changes := (&Overlay{name: name, file: sf}).Changes()
	prepErrs, bad := prepareOverlayTerms(sf)
	errs = append(errs, prepErrs...)
	errs = append(errs, d.checkMerge(sf, bad)...)
	return changes, errs
}

// checkMerge is apply on a copy of d, collecting problems; the terms in
// bad are skipped.
func (d *Dict) checkMerge(sf *srcFile, bad map[*srcTerm]bool) []error {
	out := &Dict{Version: d.Version, Terms: make([]Term, len(d.Terms))}
	for i, t := range d.Terms {
		out.Terms[i] = cloneTerm(t)
	}
	m := &merger{d: out}
	m.reindex()
	var errs []error
	disabled := map[string]bool{}
	for i, id := range sf.disable {
		if _, ok := m.byID[id]; !ok {
			errs = append(errs, fmt.Errorf("%s:%d: disable: unknown term %q", sf.name, sf.disLines[i], id))
			continue
		}
		disabled[id] = true
	}
	if len(disabled) > 0 {
		out.Terms = slices.DeleteFunc(out.Terms, func(t Term) bool { return disabled[t.ID] })
		for i := range out.Terms {
			out.Terms[i].Related = slices.DeleteFunc(out.Terms[i].Related, func(r string) bool { return disabled[r] })
		}
		m.reindex()
	}
	// Terms that could not be added: a related link to one is not
	// reported again.
	missing := map[string]bool{}
	for _, st := range sf.terms {
		switch {
		case bad[st]:
			missing[st.ID] = true
		case st.Extends != "":
			if err := m.extend(st); err != nil {
				errs = append(errs, err)
				bad[st] = true
			}
		default:
			if es := m.addAll(st); len(es) > 0 {
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
	if len(errs) > 0 {
		return errs
	}
	sortTerms(out.Terms)
	if err := out.Validate(); err != nil {
		for _, msg := range strings.Split(err.Error(), "\n") {
			errs = append(errs, fmt.Errorf("%s: %s", sf.name, msg))
		}
	}
	return errs
}

// addAll is add reporting every surface of st another term owns, not
// only the first.
func (m *merger) addAll(st *srcTerm) []error {
	if _, ok := m.byID[st.ID]; ok {
		return []error{m.add(st)} // add's "already exists"
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
	if err := m.add(st); err != nil {
		return []error{err}
	}
	return nil
}
