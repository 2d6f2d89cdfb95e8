package report

// MarketTerm is one term of `atsmatch market`: how many of the postings
// name it and how, and with a resume whether the resume shows it.
type MarketTerm struct {
	Term     string `json:"term"` // the dictionary's canonical name
	Kind     string `json:"kind"` // hard or soft
	Category string `json:"category"`
	Postings int    `json:"postings"` // postings that name it (outside ignored sections)
	// Share is Postings over the postings read (MarketResult.Jobs), 0..1,
	// three decimals.
	Share float64 `json:"share"`
	// Required counts the postings that require it: on its own or as an
	// open list's head, never as one of a group's alternatives.
	Required int `json:"required"`
	// Alternative counts the postings that name it only as one of a
	// group's alternatives ("Kafka or RabbitMQ"); Alternatives are the
	// terms it was offered beside there, most often first.
	Alternative  int      `json:"alternative"`
	Alternatives []string `json:"alternatives,omitempty"`
	// Wordings are the postings' words for it, most postings first (a
	// wording's case as most postings write it).
	Wordings []string `json:"wordings"`
	// Resume is, with a resume, whether it shows the term (match's verdict
	// on the term asked on its own: a narrower term counts); omitted
	// without one.
	Resume *bool `json:"resume,omitempty"`
	// Unmet is, with a resume, the postings whose ask naming the term the
	// resume does not meet (an alternative it has meets a group); omitted
	// without one.
	Unmet *int `json:"unmet,omitempty"`
}

// MarketResult is what many postings for one role ask for
// (`atsmatch market`).
type MarketResult struct {
	SchemaVersion int `json:"schema_version"`
	// Jobs is the number of postings read; Failed the ones that could not
	// be, by name.
	Jobs   int         `json:"jobs"`
	Failed []FileError `json:"failed"`
	// Resume is the resume's name, when one was given.
	Resume string `json:"resume,omitempty"`
	// Kind and MinShare are the filters applied to Terms and Gaps (omitted
	// when unset).
	Kind     string  `json:"kind,omitempty"`
	MinShare float64 `json:"min_share,omitempty"`
	// TotalTerms is how many distinct terms the postings name, before the
	// filters and the top N.
	TotalTerms int `json:"total_terms"`
	// MatchingTerms is how many of them pass the filters (Kind, MinShare),
	// before the top N: what Terms is the top of.
	MatchingTerms int `json:"matching_terms"`
	// Terms are the most demanded terms: by postings, then required count,
	// then name.
	Terms []MarketTerm `json:"terms"`
	// Gaps are, with a resume, the terms it does not show that leave demand
	// unmet, by unmet postings, then required count, then name; empty
	// without one.
	Gaps []MarketTerm `json:"gaps"`
	// Complete is false for a run cut short: the counts cover the postings
	// read so far.
	Complete          bool   `json:"complete"`
	DictionaryVersion string `json:"dictionary_version"`
	AlgorithmVersion  string `json:"algorithm_version"`
}
