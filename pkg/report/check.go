package report

// Finding is one check of `atsmatch check`: an ATS readability or hygiene
// rule and how the document fares. The ids are stable and listed in
// docs/check.md.
type Finding struct {
	ID      string `json:"id"`     // dotted: contact.email, sections.experience, dates.format, content.measurable, document.kind
	Status  string `json:"status"` // pass, warn or fail
	Message string `json:"message"`
	Lines   []int  `json:"lines"`         // 1-based lines it is about, ascending; empty for the whole document
	Fix     string `json:"fix,omitempty"` // what to change; omitted on pass
}

// CheckSummary counts findings by status.
type CheckSummary struct {
	Pass int `json:"pass"`
	Warn int `json:"warn"`
	Fail int `json:"fail"`
}

// Findings are a document's checks and their tally; `match --check` adds
// them to a match report.
type Findings struct {
	Kind    string       `json:"kind"` // what the document reads as: resume, job-posting, cover-letter, other
	Checks  []Finding    `json:"checks"`
	Summary CheckSummary `json:"summary"`
}

// CheckJob is the keyword match behind `check --job`'s job.keywords
// finding.
type CheckJob struct {
	Name       string    `json:"name"`
	Score      float64   `json:"score"`
	Subscores  Subscores `json:"subscores"`
	Coverage   Coverage  `json:"coverage"`
	TopMissing []string  `json:"top_missing"` // most important missing terms first
}

// CheckResult is `atsmatch check`: one resume's findings, with the
// keyword match when a job was given.
type CheckResult struct {
	SchemaVersion int       `json:"schema_version"`
	Document      Document  `json:"document"`
	Findings                // kind, checks, summary
	Job           *CheckJob `json:"job,omitempty"`
	// AsOf and Requirements are the job's asks beyond keywords (title,
	// education, years of experience, knockouts) read against the resume,
	// as `match` reports them; with a job only (omitted otherwise).
	AsOf         string        `json:"as_of,omitempty"`
	Requirements *Requirements `json:"requirements,omitempty"`

	// Lines is the normalised text Finding.Lines point into (line n is
	// index n-1), for renderers that quote it. Not part of the JSON wire
	// format.
	Lines []string `json:"-"`
}
