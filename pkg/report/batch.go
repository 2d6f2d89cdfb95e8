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
	DocumentKind string `json:"document_kind,omitempty"`
	// TitleStatus, EducationStatus and ExperienceStatus are the row's
	// requirement statuses (as MatchResult.Requirements has them); empty
	// for a row with no score.
	TitleStatus       string `json:"title_status,omitempty"`
	EducationStatus   string `json:"education_status,omitempty"`
	ExperienceStatus  string `json:"experience_status,omitempty"`
	AsOf              string `json:"as_of,omitempty"` // as MatchResult.AsOf
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

// BatchSchemaVersion is the version of rank's JSON (json and jsonl rows).
// 2 since the summary is per job: summary.failed counts files, not rows,
// and best_jobs is best first with "" below the floor (docs/output-formats.md).
const BatchSchemaVersion = 2

// DefaultBestJobFloor is the score a resume's best job must reach to be
// named its best job: 40, where the "fair" band starts (below is "poor",
// as the match report colours it). rank uses --min-score instead when given.
const DefaultBestJobFloor = 40

// BestJob is one resume's line of the resume × job matrix, when a batch
// has several jobs: its score for each job and the job it fits best.
type BestJob struct {
	Resume string `json:"resume"`
	// Job is the best-scoring job (ties: the first given), or "" when no
	// job reaches the summary's BestJobFloor.
	Job    string    `json:"job"`
	Score  float64   `json:"score"`  // the best score over the jobs
	Scores []float64 `json:"scores"` // one per BatchSummary.Jobs, in that order
}

// JobSummary is one job's side of a batch: how the resumes scored against
// it and what they most often lack.
type JobSummary struct {
	Job       string        `json:"job"`
	Scored    int           `json:"scored"` // resumes scored against it
	Mean      float64       `json:"mean"`
	Median    float64       `json:"median"`
	Min       float64       `json:"min"`
	Max       float64       `json:"max"`
	Histogram []ScoreBucket `json:"histogram"` // ten 10-point buckets
	// CommonMissing are the terms of this job most resumes lack, most
	// common first.
	CommonMissing []TermCount `json:"common_missing"`
}

// BatchSummary describes a whole batch: what a recruiter or coach reads
// after the rows.
type BatchSummary struct {
	Resumes int      `json:"resumes"` // distinct resumes
	Jobs    []string `json:"jobs"`
	Rows    int      `json:"rows"`   // (resume, job) pairs
	Scored  int      `json:"scored"` // resume rows with a score
	// Failed counts the resume files that could not be read, once per
	// file however many jobs (schema 1 counted their rows).
	Failed int `json:"failed"`
	// NotResumes counts the files that read as no resume (a job posting,
	// a cover letter: their rows' document_kind), once per file; their
	// rows are listed, not ranked, and left out of everything below.
	NotResumes int           `json:"not_resumes"`
	Mean       float64       `json:"mean"` // Mean to Histogram: over every scored resume row
	Median     float64       `json:"median"`
	Min        float64       `json:"min"`
	Max        float64       `json:"max"`
	Histogram  []ScoreBucket `json:"histogram"` // ten 10-point buckets
	// CommonMissing are the terms most often missing across scored rows,
	// most common first: what a coach should teach.
	CommonMissing []TermCount `json:"common_missing"`
	// ByJob is the same per job, in the order of Jobs.
	ByJob []JobSummary `json:"by_job"`
	// BestJobs is the resume × job matrix with each resume's best job, best
	// score first (ties in input order), resumes that could not be read
	// left out; empty with a single job.
	BestJobs     []BestJob `json:"best_jobs"`
	BestJobFloor float64   `json:"best_job_floor"` // the score a best job must reach
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
