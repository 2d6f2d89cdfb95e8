package report

// BatchError says why one (resume, job) pair has no score.
type BatchError struct {
	Kind    string `json:"kind"` // same kinds as FileError.Kind
	Message string `json:"message"`
}

// BatchRow is one (resume, job) pair of a batch run. A row carries
// everything needed to merge shards of a run: versions included, so rows from
// different dictionaries or algorithms can be told apart.
type BatchRow struct {
	SchemaVersion int         `json:"schema_version"`
	Index         int         `json:"index"` // 0-based position of the resume in the input list
	Resume        string      `json:"resume"`
	Job           string      `json:"job"`
	Score         float64     `json:"score"`
	Subscores     Subscores   `json:"subscores"`
	Coverage      Coverage    `json:"coverage"`
	TopMissing    []string    `json:"top_missing"` // most important missing terms first
	Error         *BatchError `json:"error"`       // nil when scored
	// DocumentKind is what the resume reads as when it reads as a
	// job-posting or a cover-letter: such a row is listed after the
	// resumes and not ranked. Omitted otherwise.
	DocumentKind      string `json:"document_kind,omitempty"`
	DictionaryVersion string `json:"dictionary_version"`
	AlgorithmVersion  string `json:"algorithm_version"`
}

// ScoreBucket counts scores in [From, To); the last bucket includes 100.
type ScoreBucket struct {
	From  int `json:"from"`
	To    int `json:"to"`
	Count int `json:"count"`
}

// TermCount is a term and how many scored rows lack it (with one job,
// how many resumes).
type TermCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// BestJob is the job a resume fits best, when a batch has several jobs.
type BestJob struct {
	Resume string  `json:"resume"`
	Job    string  `json:"job"`
	Score  float64 `json:"score"`
}

// BatchSummary describes a whole batch: what a recruiter or coach reads
// after the rows.
type BatchSummary struct {
	Resumes   int           `json:"resumes"` // distinct resumes
	Jobs      []string      `json:"jobs"`
	Rows      int           `json:"rows"`   // (resume, job) pairs
	Scored    int           `json:"scored"` // rows with a score
	Failed    int           `json:"failed"` // rows whose resume could not be read
	Mean      float64       `json:"mean"`
	Median    float64       `json:"median"`
	Min       float64       `json:"min"`
	Max       float64       `json:"max"`
	Histogram []ScoreBucket `json:"histogram"` // ten 10-point buckets
	// CommonMissing are the terms most often missing across scored rows,
	// most common first: what a coach should teach.
	CommonMissing []TermCount `json:"common_missing"`
	// BestJobs is each resume's best-fitting job, in input order; empty
	// with a single job.
	BestJobs []BestJob `json:"best_jobs"`
}

// BatchResult is a whole batch run: rows in their final order, and a summary.
type BatchResult struct {
	SchemaVersion int `json:"schema_version"`
	// Complete is false for a run cut short (interrupted): the rows and the
	// summary cover only the resumes finished before it stopped.
	Complete bool         `json:"complete"`
	Rows     []BatchRow   `json:"rows"`
	Summary  BatchSummary `json:"summary"`
}
