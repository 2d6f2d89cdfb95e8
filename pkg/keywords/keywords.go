// Package keywords is the dictionary stage of the pipeline: it owns the
// skill dictionary, i.e. the term schema, the embedded generated data
// (data/keywords.json, decoded fast by load.go), the YAML source format
// (source.go, term.go) with user overlays (overlay.go, merge.go,
// extend.go), validation, and the queries behind `atsmatch dict`
// (query.go). Problems are [diag.Problem] values, their file and line
// data. It does not match text, but it knows which spellings the matcher
// derives from a surface (restates, [Plural]), so the data never gives
// one text to two terms.
//
// The generator that builds data/keywords.json from data/src/*.yaml, and
// its data lints, live in internal/build (run by internal/dictgen through
// go generate): atsmatch never runs them.
package keywords

//go:generate go run ./internal/dictgen

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"sync"
)

// Kind separates hard skills (tools, languages, methods, certifications)
// from soft skills.
type Kind string

// Term kinds.
const (
	Hard Kind = "hard"
	Soft Kind = "soft"
)

// Term is one canonical skill and every way of writing it.
type Term struct {
	ID       string `json:"id"`       // stable slug, e.g. "postgresql"
	Name     string `json:"name"`     // canonical display name, e.g. "PostgreSQL"
	Kind     Kind   `json:"kind"`     // hard or soft
	Category string `json:"category"` // e.g. "database", "cloud", "soft"
	// Aliases are other names for the same thing ("Postgres", "k8s"); matched case-insensitively.
	Aliases []string `json:"aliases,omitempty"`
	// Acronyms are abbreviations ("OOP"); matched only in the case given.
	Acronyms []string `json:"acronyms,omitempty"`
	// Forms are inflection-family members ("collaborated", "collaborative"); matched case-insensitively.
	Forms []string `json:"forms,omitempty"`
	// Ambiguous lists the surfaces (from Name, Aliases, Acronyms) that are
	// also ordinary words ("Go", "Swift", "Excel"): they count only when a
	// context rule confirms them.
	Ambiguous []string `json:"ambiguous,omitempty"`
	// Context lists words that confirm an ambiguous surface when they stand
	// next to it ("programming", "Microsoft", "developer").
	Context []string `json:"context,omitempty"`
	// NotBefore lists words (or phrases) that make a hit of any surface of
	// the term not the skill when they come right after it: "PhD student",
	// "PhD fellowship" name a position, not the degree.
	NotBefore []string `json:"not_before,omitempty"`
	// NotAfter is the same for words right before a surface.
	NotAfter []string `json:"not_after,omitempty"`
	// Related lists IDs of broader or sibling terms a resume may use instead
	// (Jenkins → ci-cd), so advice can say "name CI/CD explicitly".
	Related []string `json:"related,omitempty"`
	// Broader lists IDs of terms this one is a kind of or implies
	// (postgresql → relational-databases, masters-degree →
	// bachelors-degree): a resume that shows this term shows each broader
	// one, never the other way. Curated; never derived from Related, which
	// mixes "is a", "part of" and "uses".
	Broader []string `json:"broader,omitempty"`
	// Replaces lists the IDs of terms merged into this one, one concept
	// once written two ways ("lead-a-team" into leadership): overlays
	// (extends, disable, related, broader) and `atsmatch dict show` still
	// accept them and mean this term ([Dict.Resolve]).
	Replaces []string `json:"replaces,omitempty"`
	Weight   float64  `json:"weight,omitempty"` // relative importance; 0 means 1
	Source   string   `json:"source,omitempty"` // provenance: curated, esco, onet, stackoverflow
}

// Dict is a validated dictionary. It is read-only once built.
type Dict struct {
	Version string `json:"version"`
	Terms   []Term `json:"terms"` // sorted by ID (Parse, the generator and Merge ensure it)
}

// embedded is a string so the decoded terms can share its bytes (see load.go).
//
//go:embed data/keywords.json
var embedded string

var (
	defaultOnce sync.Once
	defaultDict *Dict
	defaultErr  error
)

// Default returns the embedded dictionary, decoded once by [LoadDefault].
// Callers share the returned *Dict and must not modify it.
func Default() (*Dict, error) {
	defaultOnce.Do(func() {
		defaultDict, defaultErr = LoadDefault()
	})
	return defaultDict, defaultErr
}

// Parse decodes a generated dictionary (the keywords.json format) and
// validates it.
func Parse(data []byte) (*Dict, error) {
	d, ok := decodeCanonical(string(data))
	if !ok {
		var err error
		if d, err = decodeJSON(data); err != nil {
			return nil, err
		}
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	sortTerms(d.Terms)
	return d, nil
}

// decodeJSON is the general decoder of the keywords.json format, for data
// not in the canonical form.
func decodeJSON(data []byte) (*Dict, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var d Dict
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("parse dictionary: %w", err)
	}
	return &d, nil
}

// Len returns the number of terms.
func (d *Dict) Len() int { return len(d.Terms) }

// Term returns the term with the given ID. Terms are sorted by ID, so this
// is a binary search; Dict stays plain data (no hidden index) so it can be
// copied and compared. A hand-built, unsorted Dict still works, by a scan.
func (d *Dict) Term(id string) (*Term, bool) {
	i := sort.Search(len(d.Terms), func(i int) bool { return d.Terms[i].ID >= id })
	if i < len(d.Terms) && d.Terms[i].ID == id {
		return &d.Terms[i], true
	}
	for i := range d.Terms {
		if d.Terms[i].ID == id {
			return &d.Terms[i], true
		}
	}
	return nil, false
}

// Resolve returns the term with the given ID, or the term that replaces
// it (Term.Replaces): an ID merged into another term still names that
// term. A scan for a replaced ID: overlays and `dict show` ask, matching
// never does.
func (d *Dict) Resolve(id string) (*Term, bool) {
	if t, ok := d.Term(id); ok {
		return t, true
	}
	for i := range d.Terms {
		for _, r := range d.Terms[i].Replaces {
			if r == id {
				return &d.Terms[i], true
			}
		}
	}
	return nil, false
}

func sortTerms(ts []Term) {
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].ID < ts[j].ID })
}
