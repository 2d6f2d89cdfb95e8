package keywords

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
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
	sf, errs := parseOverlayAll(name, data)
	if sf == nil {
		return OverlayChanges{}, errs
	}
	changes := (&Overlay{name: name, file: sf}).Changes()
	bad := map[*srcTerm]bool{}
	// As LoadOverlay: defaults for bare terms, then each term on its own.
	for _, t := range sf.terms {
		if t.Extends != "" {
			continue
		}
		if t.Kind == "" {
			t.Kind = Hard
		}
		if t.Category == "" {
			t.Category = "custom"
		}
		t.tidy(func(string, string) {})
		if field, i, msg := checkTerm(&t.Term); msg != "" {
			errs = append(errs, fmt.Errorf("%s: %s", t.at(field, i), msg))
			bad[t] = true
		}
	}
	errs = append(errs, d.checkMerge(sf, bad)...)
	return changes, errs
}

// parseOverlayAll is parseSource for an overlay, collecting problems: a
// bad top-level key or term is reported and skipped. It returns a nil
// srcFile when nothing can be read: not YAML, or not a mapping.
func parseOverlayAll(name string, data []byte) (*srcFile, []error) {
	sf := &srcFile{name: name}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, []error{fmt.Errorf("%s: %w", name, err)}
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return sf, nil // empty file
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, []error{fmt.Errorf("%s:%d: want a mapping with category, kind, source and terms", name, doc.Line)}
	}
	var errs []error
	defs := map[string]string{"kind": "", "category": "", "source": "user"}
	var termsNode *yaml.Node
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		switch k.Value {
		case "category", "kind", "source":
			if v.Kind != yaml.ScalarNode {
				errs = append(errs, fmt.Errorf("%s:%d: %s must be a string", name, v.Line, k.Value))
				continue
			}
			defs[k.Value] = strings.TrimSpace(v.Value)
		case "terms":
			termsNode = v
		case "disable":
			if v.Kind != yaml.SequenceNode {
				errs = append(errs, fmt.Errorf("%s:%d: disable must be a list of ids", name, v.Line))
				continue
			}
			for _, it := range v.Content {
				sf.disable = append(sf.disable, strings.TrimSpace(it.Value))
				sf.disLines = append(sf.disLines, it.Line)
			}
		default:
			errs = append(errs, fmt.Errorf("%s:%d: unknown key %q", name, k.Line, k.Value))
		}
	}
	if termsNode == nil || termsNode.Kind == yaml.ScalarNode && termsNode.Tag == "!!null" {
		return sf, errs
	}
	if termsNode.Kind != yaml.SequenceNode {
		return sf, append(errs, fmt.Errorf("%s:%d: terms must be a list", name, termsNode.Line))
	}
	for _, tn := range termsNode.Content {
		t, err := parseTerm(name, tn, true)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !t.set["kind"] {
			t.Kind = Kind(defs["kind"])
		}
		if !t.set["category"] {
			t.Category = defs["category"]
		}
		if !t.set["source"] {
			t.Source = defs["source"]
		}
		sf.terms = append(sf.terms, t)
	}
	return sf, errs
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
