package report

// The `atsmatch dict` documents: the dictionary itself, not a report on a
// document. docs/output-formats.md describes each field.

// DictList is `dict list`: one row per term, in ID order.
type DictList struct {
	SchemaVersion     int       `json:"schema_version"`
	DictionaryVersion string    `json:"dictionary_version"`
	Terms             []DictRow `json:"terms"`
}

// DictRow is one term of a [DictList].
type DictRow struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Category string `json:"category"`
	Source   string `json:"source"`
}

// DictShow is `dict show`: every term a query names.
type DictShow struct {
	SchemaVersion     int        `json:"schema_version"`
	DictionaryVersion string     `json:"dictionary_version"`
	Query             string     `json:"query"`
	Terms             []DictTerm `json:"terms"`
}

// DictTerm is one term with every way of writing it, as `dict show`
// prints it.
type DictTerm struct {
	ID           string        `json:"id"`
	Name         string        `json:"name"`
	Kind         string        `json:"kind"`
	Category     string        `json:"category"`
	Aliases      []string      `json:"aliases,omitempty"`
	Acronyms     []string      `json:"acronyms,omitempty"`
	Forms        []string      `json:"forms,omitempty"`
	Ambiguous    []string      `json:"ambiguous,omitempty"`
	Context      []string      `json:"context,omitempty"`
	NotBefore    []string      `json:"not_before,omitempty"`
	NotAfter     []string      `json:"not_after,omitempty"`
	Related      []string      `json:"related,omitempty"`
	Broader      []string      `json:"broader,omitempty"`  // what the term is a kind of or implies (keywords.Term.Broader)
	Replaces     []string      `json:"replaces,omitempty"` // ids merged into this term, still accepted (keywords.Term.Replaces)
	Source       string        `json:"source,omitempty"`
	Weight       float64       `json:"weight"` // effective weight: 0 in the data means 1
	MatchedBy    DictMatch     `json:"matched_by"`
	Overlays     []string      `json:"overlays"` // "added by mine.yaml", "changed by ..."
	RelatedTerms []DictRelated `json:"related_terms"`
	// BroaderTerms are every term a resume naming this one also shows,
	// through broader links, nearest first (keywords.Dict.Ancestors).
	BroaderTerms []DictRelated `json:"broader_terms,omitempty"`
}

// DictMatch says how a query met a term.
type DictMatch struct {
	Field   string `json:"field"`   // id, name, alias, acronym, form, replaced id
	Surface string `json:"surface"` // as the term spells it
}

// DictRelated is a related term by ID and name ("" when it is not a term).
type DictRelated struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// DictStats is `dict stats`: counts by kind, category and source.
type DictStats struct {
	SchemaVersion     int           `json:"schema_version"`
	DictionaryVersion string        `json:"dictionary_version"`
	Version           string        `json:"version"`
	Terms             int           `json:"terms"`
	ByKind            []DictCount   `json:"by_kind"`
	ByCategory        []DictCount   `json:"by_category"` // largest first, then by name
	BySource          []DictCount   `json:"by_source"`
	Aliases           int           `json:"aliases"`
	Acronyms          int           `json:"acronyms"`
	Forms             int           `json:"forms"`
	Ambiguous         int           `json:"ambiguous_surfaces"`
	AmbiguousTerms    int           `json:"ambiguous_terms"` // terms with at least one ambiguous surface
	ContextWords      int           `json:"context_words"`
	Related           int           `json:"related_links"`
	Broader           int           `json:"broader_links"`
	Overlays          []DictOverlay `json:"overlays"`

	// Top is how many categories the text view shows, largest first; 0
	// shows every one. JSON always lists every category.
	Top int `json:"-"`
}

// DictCount is one row of a [DictStats] breakdown.
type DictCount struct {
	Name  string `json:"name"`
	Terms int    `json:"terms"`
}

// DictOverlay is one overlay file merged into the dictionary.
type DictOverlay struct {
	File    string      `json:"file"`
	Changes DictChanges `json:"changes"`
}

// DictChanges lists the term IDs an overlay adds, changes and disables.
type DictChanges struct {
	Added    []string `json:"added"`
	Changed  []string `json:"changed"`
	Disabled []string `json:"disabled"`
}

// DictValidate is `dict validate`: each overlay file checked.
type DictValidate struct {
	SchemaVersion     int             `json:"schema_version"`
	DictionaryVersion string          `json:"dictionary_version"`
	Files             []DictFileCheck `json:"files"`
}

// DictFileCheck is the outcome of validating one overlay file.
type DictFileCheck struct {
	File       string        `json:"file"`
	OK         bool          `json:"ok"`
	Unreadable bool          `json:"unreadable,omitempty"`
	Changes    *DictChanges  `json:"changes,omitempty"` // set when OK
	Problems   []DictProblem `json:"problems"`          // in line order, those of the whole file last
	More       int           `json:"more_problems,omitempty"`
}

// DictProblem is one problem of an overlay file; Line is 0 when it
// concerns the whole file.
type DictProblem struct {
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
}
