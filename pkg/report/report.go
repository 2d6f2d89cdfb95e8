// Package report is the data contract between the analysis pipeline and the
// renderers: plain structs with snake_case JSON tags and no I/O. The only
// behaviour is what a batch of rows needs whoever produced them: their
// order ([SortRows]) and their summary ([Summarizer]).
//
// Fields are only ever added, never renamed or removed, within one
// [SchemaVersion]; docs/output-formats.md describes each field.
package report

// SchemaVersion is the version of the JSON wire format written by the renderers.
const SchemaVersion = 1

// Evidence points at one place in a document where a term was found.
type Evidence struct {
	Line    int    `json:"line"`              // 1-based line in the normalised text
	Text    string `json:"text"`              // the whole line, trimmed
	Surface string `json:"surface,omitempty"` // the words as written ("Postgres")
	Match   string `json:"match,omitempty"`   // how it matched: exact, alias, acronym, inflection, declared-acronym, glued; implied, alternative (resume evidence of an ask another term met)
	Rule    string `json:"rule,omitempty"`    // the rule that decided: a context rule for an ambiguous name, a verdict rule for an implied or alternative match
	RuleID  string `json:"rule_id,omitempty"` // its stable id ("context.list"), listed in docs/output-formats.md
}

// Parse tells how a document was read and how far the reading can be trusted.
type Parse struct {
	Format     string   `json:"format"` // text, markdown, pdf, docx, html
	Pages      int      `json:"pages,omitempty"`
	Words      int      `json:"words"`
	Confidence float64  `json:"confidence"` // 0..1
	Warnings   []string `json:"warnings"`
}

// Document names an input and how it was parsed.
type Document struct {
	Name  string `json:"name"`
	Parse Parse  `json:"parse"`
	// IgnoredMatches are the ambiguous words the matcher saw but did not
	// count ("go to market", "excel at"), so a reader can see which rule
	// decided. Omitted when there are none (and for `text`).
	IgnoredMatches []IgnoredMatch `json:"ignored_matches,omitempty"`
}

// IgnoredMatch is a dictionary surface that was not counted as its term
// because a rule decided against it: an ordinary-word reading, a position
// ("PhD student") or a negated requirement. Repeats of one term
// under one rule are one entry, so a long document cannot flood the report;
// Line, Text and Surface are its first occurrence.
type IgnoredMatch struct {
	TermID  string `json:"term_id"`
	Term    string `json:"term"`              // the dictionary's canonical name
	Surface string `json:"surface"`           // the words as written ("excel")
	Line    int    `json:"line"`              // 1-based line of the first occurrence
	Text    string `json:"text"`              // that whole line, trimmed (as in Evidence)
	Lines   []int  `json:"lines"`             // every distinct line, ascending; Lines[0] == Line
	Count   int    `json:"count"`             // occurrences, at least len(Lines)
	Rule    string `json:"rule"`              // the rule that decided: "ignored: lowercase 'go' reads as an ordinary word"
	RuleID  string `json:"rule_id,omitempty"` // its stable id ("ordinary.lowercase"), listed in docs/output-formats.md
	// Reason is the rule without its verdict ("lowercase 'go' reads as an
	// ordinary word"), for renderers that say "not counted" in their own
	// words. Not part of the JSON wire format: Rule holds it.
	Reason string `json:"-"`
}

// Subscores are the per-kind scores, each 0..100.
type Subscores struct {
	Hard float64 `json:"hard"`
	Soft float64 `json:"soft"`
}

// Coverage counts the job's distinct terms and how many the resume has.
type Coverage struct {
	HardMatched int `json:"hard_matched"`
	HardTotal   int `json:"hard_total"`
	SoftMatched int `json:"soft_matched"`
	SoftTotal   int `json:"soft_total"`
}

// MatchedTerm is a job term that the resume also contains.
type MatchedTerm struct {
	Term           string     `json:"term"` // the dictionary's canonical name
	Kind           string     `json:"kind"` // hard or soft
	Category       string     `json:"category"`
	Match          string     `json:"match"` // how the resume matched (best of its evidence)
	Required       bool       `json:"required"`
	Preferred      bool       `json:"preferred"` // every counted job mention is a preference ("is a plus")
	Importance     float64    `json:"importance"`
	JobCount       int        `json:"job_count"`
	ResumeCount    int        `json:"resume_count"`
	JobEvidence    []Evidence `json:"job_evidence"`
	ResumeEvidence []Evidence `json:"resume_evidence"`
	// Alternatives are the other members' names of the term's requirement
	// group ("xUnit or NUnit" matched by xUnit: ["NUnit"]); omitted for a
	// term the job asks for on its own.
	Alternatives []string `json:"alternatives,omitempty"`
	// Open marks a group from an open list ("such as", "or similar"): a
	// term of the same kind meets it too.
	Open bool `json:"open,omitempty"`
	// SatisfiedBy is the resume term that met the ask when it is not Term
	// itself: a narrower term (PostgreSQL for Relational Databases), a
	// member of an open list (Kafka for Message Queues).
	SatisfiedBy string `json:"satisfied_by,omitempty"`
}

// MissingTerm is a job term the resume lacks, with advice.
type MissingTerm struct {
	Term        string     `json:"term"`
	Kind        string     `json:"kind"`
	Category    string     `json:"category"`
	Importance  float64    `json:"importance"`
	Required    bool       `json:"required"`
	Preferred   bool       `json:"preferred"` // every counted job mention is a preference ("is a plus")
	JobCount    int        `json:"job_count"`
	JobEvidence []Evidence `json:"job_evidence"`
	Suggestion  string     `json:"suggestion"`
	// Alternatives and Open are as in MatchedTerm: any one of Term and its
	// alternatives would meet the ask.
	Alternatives []string `json:"alternatives,omitempty"`
	Open         bool     `json:"open,omitempty"`
}

// Suggestion is one concrete change to make to the resume, most useful first.
type Suggestion struct {
	Term string `json:"term,omitempty"`
	Kind string `json:"kind"` // add, reword, move, soft-skill, general
	Text string `json:"text"`
}

// IgnoredSection is a part of the job description left out of scoring.
type IgnoredSection struct {
	FromLine int    `json:"from_line"`
	ToLine   int    `json:"to_line"`
	Heading  string `json:"heading"`
	Reason   string `json:"reason"`
}

// MatchResult is the outcome of scoring one resume against one job.
type MatchResult struct {
	SchemaVersion     int              `json:"schema_version"`
	Job               Document         `json:"job"`
	Resume            Document         `json:"resume"`
	Score             float64          `json:"score"` // 0..100, one decimal
	Subscores         Subscores        `json:"subscores"`
	Coverage          Coverage         `json:"coverage"`
	Matched           []MatchedTerm    `json:"matched"`
	Missing           []MissingTerm    `json:"missing"`
	Suggestions       []Suggestion     `json:"suggestions"`
	Ignored           []IgnoredSection `json:"ignored"`
	DictionaryVersion string           `json:"dictionary_version"`
	AlgorithmVersion  string           `json:"algorithm_version"`
	// AsOf is the date "present" stands for in the resume's date ranges
	// ("2006-01-02"): the same inputs and as_of give the same report.
	AsOf string `json:"as_of,omitempty"`
	// Requirements are the job's asks beyond keywords (title, education,
	// years of experience, knockouts); nil in a report written before
	// they were read.
	Requirements *Requirements `json:"requirements,omitempty"`
	// ATSFindings are the resume's `atsmatch check` findings, with
	// `match --check` only.
	ATSFindings *Findings `json:"ats_findings,omitempty"`

	// JobLines and ResumeLines are the normalised texts that Evidence.Line
	// numbers point into (line n is index n-1), for renderers that show the
	// whole documents (html). They are not part of the JSON wire format.
	JobLines    []string `json:"-"`
	ResumeLines []string `json:"-"`
}

// Keyword is one dictionary term found in a document.
type Keyword struct {
	Term     string     `json:"term"`
	Kind     string     `json:"kind"`
	Category string     `json:"category"`
	Count    int        `json:"count"`
	Forms    []string   `json:"forms"` // distinct surfaces seen, in order of first appearance
	Evidence []Evidence `json:"evidence"`
}

// KeywordsResult lists the terms one document contains.
type KeywordsResult struct {
	SchemaVersion     int              `json:"schema_version"`
	Document          Document         `json:"document"`
	Keywords          []Keyword        `json:"keywords"`
	Ignored           []IgnoredSection `json:"ignored"`
	DictionaryVersion string           `json:"dictionary_version"`
}

// TextResult is the text exactly as the matcher reads it ("ATS view").
type TextResult struct {
	SchemaVersion int      `json:"schema_version"`
	Document      Document `json:"document"`
	Text          string   `json:"text"`
}

// FileError is an input that could not be read; a batch records it and goes on.
type FileError struct {
	File  string `json:"file"`
	Kind  string `json:"kind"` // not-found, empty, unsupported, encrypted, no-text, too-large, malformed, timeout, io
	Error string `json:"error"`
}
