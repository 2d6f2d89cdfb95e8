// Package keywords owns the skill dictionary: the term schema, the embedded
// generated data (data/keywords.json, built from data/src/*.yaml), loading
// user overlays and validation. It knows nothing of matching.
package keywords

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
	// Related lists IDs of broader or sibling terms a resume may use instead
	// (Jenkins → ci-cd), so advice can say "name CI/CD explicitly".
	Related []string `json:"related,omitempty"`
	Weight  float64  `json:"weight,omitempty"` // relative importance; 0 means 1
	Source  string   `json:"source,omitempty"` // provenance: curated, esco, onet, stackoverflow
}

// Dict is a validated dictionary. It is read-only once built.
type Dict struct {
	Version string `json:"version"`
	Terms   []Term `json:"terms"`
}

// Default returns the embedded dictionary, parsed and validated once.
func Default() (*Dict, error) { panic("keywords.Default: not built yet") }

// Term returns the term with the given ID.
func (d *Dict) Term(id string) (*Term, bool) { panic("keywords.Dict.Term: not built yet") }
