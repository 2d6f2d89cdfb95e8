package report

// The two things `atsmatch diff` compares, for [DiffResult.Compare].
const (
	// CompareResumes is two versions of a resume against one job.
	CompareResumes = "resumes"
	// CompareJobs is one resume against two jobs.
	CompareJobs = "jobs"
)

// A term's state on one side of a diff, for [TermChange].
const (
	TermMatched  = "matched"   // in the report's matched list
	TermMissing  = "missing"   // in its missing list
	TermNotAsked = "not_asked" // the job does not name it
)

// DiffSide is one side of a diff: what was compared and how it scored.
type DiffSide struct {
	Job       Document  `json:"job"`
	Resume    Document  `json:"resume"`
	Score     float64   `json:"score"`
	Subscores Subscores `json:"subscores"`
	Coverage  Coverage  `json:"coverage"`
}

// TermChange is a term matched on one side of a diff and not on the other.
// It is the matched term object of the side that has it, as `match`
// reports it: for a gained term the after report's, whose resume evidence
// is the line that made the difference; for a lost term the before
// report's, whose resume evidence is the line that is gone. Before and
// After say where the term stood on each side.
type TermChange struct {
	MatchedTerm
	Before string `json:"before"` // matched, missing or not_asked
	After  string `json:"after"`
}

// StatusChange is a named check whose status differs between the two
// reports: a requirement (title, education, experience) or an
// `atsmatch check` finding. A status absent on one side is "".
type StatusChange struct {
	ID      string `json:"id"`
	Before  string `json:"before"`
	After   string `json:"after"`
	Message string `json:"message,omitempty"` // the after side's, else the before side's
	// EvidenceAdded are the lines the after side cites for the check and
	// the before side does not, EvidenceRemoved those only the before side
	// cites: the resumes' lines when the resumes differ, the jobs' when the
	// jobs do. They are what made the difference; omitted when empty.
	EvidenceAdded   []Evidence `json:"evidence_added,omitempty"`
	EvidenceRemoved []Evidence `json:"evidence_removed,omitempty"`
}

// DiffResult is the term-by-term difference between two match reports
// (`atsmatch diff`, and the delta `match --watch` shows after a save).
type DiffResult struct {
	SchemaVersion int      `json:"schema_version"`
	Compare       string   `json:"compare"` // resumes or jobs: what differs between the sides
	Before        DiffSide `json:"before"`
	After         DiffSide `json:"after"`
	Delta         float64  `json:"delta"` // after's score less before's, one decimal

	Gained []TermChange `json:"gained"` // matched after, not before; in after's matched order
	Lost   []TermChange `json:"lost"`   // matched before, not after; in before's matched order
	// NewMissing are the terms only the after job names, which the resume
	// lacks; DroppedMissing the ones only the before job named, which it
	// lacked. Both are empty when the job is the same.
	NewMissing     []MissingTerm `json:"new_missing"`
	DroppedMissing []MissingTerm `json:"dropped_missing"`

	// Requirements and Findings are the requirement statuses and check
	// findings that changed, when both reports carry them; omitted
	// otherwise.
	Requirements []StatusChange `json:"requirements,omitempty"`
	Findings     []StatusChange `json:"findings,omitempty"`

	DictionaryVersion string `json:"dictionary_version"`
	AlgorithmVersion  string `json:"algorithm_version"`
}
