package keywords

import (
	"path"
	"slices"

	"github.com/atsmatch/atsmatch/pkg/diag"
)

// Overlay is a user dictionary file (`--dict FILE`): the source YAML format
// plus `disable: [ids]` at the top and `extends: existing-id` on a term to
// add surfaces to, or change the kind, category or weight of, a term.
type Overlay struct {
	name string
	file *Source
}

// Name returns the file name the overlay was loaded from.
func (o *Overlay) Name() string { return o.name }

// LoadOverlay parses an overlay. name is used in problems ("my.yaml:12:
// ..."): the error is the first [diag.Problem]. Conflicts with the
// dictionary are reported by Merge.
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
func prepareOverlayTerms(sf *Source) (errs diag.List, bad map[*SourceTerm]bool) {
	sf.Imported = false // an overlay is the user's, whatever its file is called
	bad = map[*SourceTerm]bool{}
	for _, t := range sf.Terms {
		if t.extends != "" {
			continue
		}
		// Users write short files: a bare term is a hard skill.
		if t.Kind == "" {
			t.Kind = Hard
		}
		if t.Category == "" {
			t.Category = "custom"
		}
		t.Tidy(func(diag.Problem) {})
		if ps := t.Check(); len(ps) > 0 {
			errs = append(errs, ps...)
			bad[t] = true
		}
	}
	return errs, bad
}

// Merge returns a new validated Dict: d with each overlay applied in order.
// d is not modified. The error is the first [diag.Problem], naming the
// overlay file and line, or the [diag.List] of the merged dictionary's
// validation.
func (d *Dict) Merge(overlays ...*Overlay) (*Dict, error) {
	out := d.clone()
	for _, o := range overlays {
		if o == nil {
			continue
		}
		if errs := out.apply(o.file, map[*SourceTerm]bool{}); len(errs) > 0 {
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
	t.Broader = slices.Clone(t.Broader)
	return t
}
