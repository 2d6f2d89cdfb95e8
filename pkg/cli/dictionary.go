package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/diag"
	"github.com/atsmatch/atsmatch/pkg/keywords"
)

// sourceOverlay is the --source value that selects the terms an overlay
// added or changed, whatever their own source.
const sourceOverlay = "overlay"

// dictionary is the dictionary ats.New with the same overlays matches
// with, opened for inspection (`atsmatch dict`): the same embedded data
// and the same merge, without a matcher, so opening one is cheap. It
// remembers what each overlay did, for provenance and "disabled by".
type dictionary struct {
	base    *keywords.Dict // the embedded dictionary
	dict    *keywords.Dict // base with the overlays merged
	applied []appliedOverlay
	ovs     []*keywords.Overlay // the loaded overlays, for Disabled
}

// appliedOverlay is one overlay merged into a dictionary and what it did.
type appliedOverlay struct {
	Name    string
	Changes keywords.OverlayChanges
}

// loadDictionary loads the embedded dictionary and merges overlays in
// order, exactly as ats.New does; errors name the overlay file and line.
func loadDictionary(overlays []ats.Overlay) (*dictionary, error) {
	base, err := keywords.Default()
	if err != nil {
		return nil, fmt.Errorf("loading dictionary: %w", err)
	}
	x := &dictionary{base: base, dict: base}
	if len(overlays) == 0 {
		return x, nil
	}
	ovs := make([]*keywords.Overlay, 0, len(overlays))
	for _, o := range overlays {
		ov, err := keywords.LoadOverlay(o.Name, o.Data)
		if err != nil {
			return nil, err
		}
		ovs = append(ovs, ov)
		x.applied = append(x.applied, appliedOverlay{Name: o.Name, Changes: ov.Changes()})
	}
	if x.dict, err = base.Merge(ovs...); err != nil {
		return nil, err
	}
	x.ovs = ovs
	return x, nil
}

// Version is the dictionary version ("2026.11.1+mine.yaml" with overlays).
func (x *dictionary) Version() string { return x.dict.Version }

// Select returns the terms f selects, in ID order. Source [sourceOverlay]
// selects the terms the overlays added or changed.
func (x *dictionary) Select(f keywords.Filter) []*keywords.Term {
	if !strings.EqualFold(f.Source, sourceOverlay) {
		return x.dict.Select(f)
	}
	f.Source = ""
	// One set, not Provenance per term: an overlay may touch thousands of
	// terms, and terms × changes would be quadratic in the overlay's size.
	touched := map[string]bool{}
	for _, o := range x.applied {
		for _, id := range o.Changes.Added {
			touched[id] = true
		}
		for _, id := range o.Changes.Changed {
			touched[id] = true
		}
	}
	var out []*keywords.Term
	for _, t := range x.dict.Select(f) {
		if touched[t.ID] {
			out = append(out, t)
		}
	}
	return out
}

// Term returns the term with the given ID.
func (x *dictionary) Term(id string) (*keywords.Term, bool) { return x.dict.Term(id) }

// Lookup finds terms by ID, name, alias, acronym or form, ignoring case,
// spaces and hyphens (see [keywords.Dict.Lookup]).
func (x *dictionary) Lookup(surface string) []keywords.Hit { return x.dict.Lookup(surface) }

// Suggest returns up to n term names close to s, for "did you mean".
func (x *dictionary) Suggest(s string, n int) []string { return x.dict.Suggest(s, n) }

// Stats counts terms by kind, category and source, and their surfaces.
func (x *dictionary) Stats() keywords.Stats { return x.dict.Stats() }

// Provenance says which overlays added or changed the term, in order
// ("added by mine.yaml"); nil when none touched it.
func (x *dictionary) Provenance(id string) []string {
	var out []string
	for _, o := range x.applied {
		for _, a := range o.Changes.Added {
			if a == id {
				out = append(out, "added by "+o.Name)
			}
		}
		for _, c := range o.Changes.Changed {
			if c == id {
				out = append(out, "changed by "+o.Name)
			}
		}
	}
	return out
}

// Disabled finds surface among the terms an overlay disabled and names
// the overlay, so "not found" can say why. A term an earlier overlay added
// counts too: each overlay's disable list is looked up in the dictionary
// as it stood before that overlay. When several overlays disabled a term
// of that surface, the last one is named.
func (x *dictionary) Disabled(surface string) (hits []keywords.Hit, overlay string) {
	d := x.base
	for i, o := range x.applied {
		if len(o.Changes.Disabled) > 0 {
			var found []keywords.Hit
			for _, h := range d.Lookup(surface) {
				if slices.Contains(o.Changes.Disabled, h.Term.ID) {
					found = append(found, h)
				}
			}
			if len(found) > 0 {
				hits, overlay = found, o.Name
			}
		}
		if !x.disablesAfter(i) {
			break
		}
		// Only on this error path, and only up to the last overlay that
		// disables something: merging copies the whole dictionary.
		next, err := d.Merge(x.ovs[i])
		if err != nil {
			break // cannot happen: the overlays merged in loadDictionary
		}
		d = next
	}
	return hits, overlay
}

// disablesAfter reports whether an overlay after the i-th disables a term.
func (x *dictionary) disablesAfter(i int) bool {
	for _, o := range x.applied[i+1:] {
		if len(o.Changes.Disabled) > 0 {
			return true
		}
	}
	return false
}

// CheckOverlay loads o and merges it over x the way --dict would, without
// keeping the result: it reports what o changes, and every problem found
// (see [keywords.Dict.CheckOverlay]: each names o's file and, where known,
// the line, as data), where --dict stops at the first.
func (x *dictionary) CheckOverlay(o ats.Overlay) (keywords.OverlayChanges, diag.List) {
	return x.dict.CheckOverlay(o.Name, o.Data)
}
