package report

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func row(idx int, resume, job string, score, hard, soft float64, missing ...string) BatchRow {
	return BatchRow{Index: idx, Resume: resume, Job: job, Score: score, Subscores: Subscores{Hard: hard, Soft: soft}, TopMissing: missing}
}

func failedRow(idx int, resume, job string) BatchRow {
	r := row(idx, resume, job, 0, 0, 0)
	r.Error = &BatchError{Kind: "empty", Message: "file is empty"}
	return r
}

func TestSortRows(t *testing.T) {
	in := []BatchRow{
		failedRow(0, "a.txt", "j1"),
		row(1, "c.txt", "j1", 50, 40, 90),
		row(2, "b.txt", "j1", 70, 80, 10),
		row(3, "d.txt", "j1", 50, 60, 50),
		row(2, "b.txt", "j0", 70, 80, 10),
	}
	order := func(rows []BatchRow) []string {
		var out []string
		for _, r := range rows {
			out = append(out, r.Resume+"/"+r.Job)
		}
		return out
	}
	tests := []struct {
		name, key string
		want      []string
	}{
		{"score, ties by input then job order", SortScore, []string{"b.txt/j0", "b.txt/j1", "c.txt/j1", "d.txt/j1", "a.txt/j1"}},
		{"default is score", "", []string{"b.txt/j0", "b.txt/j1", "c.txt/j1", "d.txt/j1", "a.txt/j1"}},
		{"name", SortName, []string{"b.txt/j0", "b.txt/j1", "c.txt/j1", "d.txt/j1", "a.txt/j1"}},
		{"hard", SortHard, []string{"b.txt/j0", "b.txt/j1", "d.txt/j1", "c.txt/j1", "a.txt/j1"}},
		{"soft", SortSoft, []string{"c.txt/j1", "d.txt/j1", "b.txt/j0", "b.txt/j1", "a.txt/j1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := slices.Clone(in)
			if err := SortRows(rows, tt.key, []string{"j0", "j1"}); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, order(rows)); diff != "" {
				t.Errorf("SortRows(%q) mismatch (-want +got):\n%s", tt.key, diff)
			}
		})
	}
	if err := SortRows(slices.Clone(in), "size", nil); err == nil {
		t.Error("SortRows(size): want an error")
	}
}

func TestSummarizer(t *testing.T) {
	hist := func(counts ...int) []ScoreBucket {
		out := make([]ScoreBucket, 10)
		for i := range out {
			out[i] = ScoreBucket{From: i * 10, To: i*10 + 10, Count: counts[i]}
		}
		return out
	}
	none := hist(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
	tests := []struct {
		name  string
		jobs  []string
		floor float64      // 0: the default
		rows  [][]BatchRow // one resume's rows each, as Rank hands them over
		want  BatchSummary
	}{
		{
			name: "empty",
			jobs: []string{"j"},
			want: BatchSummary{Jobs: []string{"j"}, Histogram: none, CommonMissing: []TermCount{},
				ByJob:    []JobSummary{{Job: "j", Histogram: none, CommonMissing: []TermCount{}}},
				BestJobs: []BestJob{}, BestJobFloor: DefaultBestJobFloor},
		},
		{
			name: "odd count, 100 in the last bucket, failures not in the stats",
			jobs: []string{"j"},
			rows: [][]BatchRow{
				{row(0, "a", "j", 100, 100, 100)},
				{row(1, "b", "j", 9.9, 0, 50, "Go", "SQL")},
				{failedRow(2, "c", "j")},
				{row(3, "d", "j", 45, 40, 60, "SQL")},
			},
			want: BatchSummary{
				Resumes: 4, Jobs: []string{"j"}, Rows: 4, Scored: 3, Failed: 1,
				Mean: 51.6, Median: 45, Min: 9.9, Max: 100,
				Histogram:     hist(1, 0, 0, 0, 1, 0, 0, 0, 0, 1),
				CommonMissing: []TermCount{{Term: "SQL", Count: 2}, {Term: "Go", Count: 1}},
				ByJob: []JobSummary{{Job: "j", Scored: 3, Mean: 51.6, Median: 45, Min: 9.9, Max: 100,
					Histogram:     hist(1, 0, 0, 0, 1, 0, 0, 0, 0, 1),
					CommonMissing: []TermCount{{Term: "SQL", Count: 2}, {Term: "Go", Count: 1}}}},
				BestJobs:     []BestJob{},
				BestJobFloor: DefaultBestJobFloor,
			},
		},
		{
			name: "two jobs: per job stats and missing terms, best job per resume best first, ties keep the first job",
			jobs: []string{"j1", "j2"},
			rows: [][]BatchRow{
				{row(1, "b", "j1", 60, 0, 0, "Go"), row(1, "b", "j2", 60, 0, 0, "CSS")},
				{row(0, "a", "j1", 30, 0, 0, "Go", "SQL"), row(0, "a", "j2", 80, 0, 0)},
			},
			want: BatchSummary{
				Resumes: 2, Jobs: []string{"j1", "j2"}, Rows: 4, Scored: 4,
				Mean: 57.5, Median: 60, Min: 30, Max: 80,
				Histogram:     hist(0, 0, 0, 1, 0, 0, 2, 0, 1, 0),
				CommonMissing: []TermCount{{Term: "Go", Count: 2}, {Term: "CSS", Count: 1}, {Term: "SQL", Count: 1}},
				ByJob: []JobSummary{
					{Job: "j1", Scored: 2, Mean: 45, Median: 45, Min: 30, Max: 60, Histogram: hist(0, 0, 0, 1, 0, 0, 1, 0, 0, 0),
						CommonMissing: []TermCount{{Term: "Go", Count: 2}, {Term: "SQL", Count: 1}}},
					{Job: "j2", Scored: 2, Mean: 70, Median: 70, Min: 60, Max: 80, Histogram: hist(0, 0, 0, 0, 0, 0, 1, 0, 1, 0),
						CommonMissing: []TermCount{{Term: "CSS", Count: 1}}},
				},
				BestJobs: []BestJob{
					{Resume: "a", Job: "j2", Score: 80, Scores: []float64{30, 80}},
					{Resume: "b", Job: "j1", Score: 60, Scores: []float64{60, 60}},
				},
				BestJobFloor: DefaultBestJobFloor,
			},
		},
		{
			name:  "two jobs: a failed resume counts once and has no best job; below the floor none; equal best scores in input order",
			jobs:  []string{"j1", "j2"},
			floor: 50,
			rows: [][]BatchRow{
				{row(3, "d", "j1", 40, 0, 0), row(3, "d", "j2", 10, 0, 0)},
				{failedRow(0, "a", "j1"), failedRow(0, "a", "j2")},
				{row(1, "b", "j1", 40, 0, 0), row(1, "b", "j2", 20, 0, 0)},
				nil, // not a resume
			},
			want: BatchSummary{
				Resumes: 3, Jobs: []string{"j1", "j2"}, Rows: 6, Scored: 4, Failed: 1,
				Mean: 27.5, Median: 30, Min: 10, Max: 40,
				Histogram:     hist(0, 1, 1, 0, 2, 0, 0, 0, 0, 0),
				CommonMissing: []TermCount{},
				ByJob: []JobSummary{
					{Job: "j1", Scored: 2, Mean: 40, Median: 40, Min: 40, Max: 40, Histogram: hist(0, 0, 0, 0, 2, 0, 0, 0, 0, 0), CommonMissing: []TermCount{}},
					{Job: "j2", Scored: 2, Mean: 15, Median: 15, Min: 10, Max: 20, Histogram: hist(0, 1, 1, 0, 0, 0, 0, 0, 0, 0), CommonMissing: []TermCount{}},
				},
				BestJobs: []BestJob{
					{Resume: "b", Job: "", Score: 40, Scores: []float64{40, 20}},
					{Resume: "d", Job: "", Score: 40, Scores: []float64{40, 10}},
				},
				BestJobFloor: 50,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSummarizer(tt.jobs)
			if tt.floor > 0 {
				s.Floor = tt.floor
			}
			for _, rs := range tt.rows {
				s.Add(rs)
			}
			if diff := cmp.Diff(tt.want, s.Summary(0)); diff != "" {
				t.Errorf("Summary mismatch (-want +got):\n%s", diff)
			}
		})
	}
	s := NewSummarizer([]string{"j"})
	for i, term := range []string{"A", "B", "C"} {
		s.Add([]BatchRow{row(i, "r", "j", 10, 0, 0, term)})
	}
	// A row naming a term twice (two asks of one name) lacks it once.
	twice := NewSummarizer([]string{"j"})
	twice.Add([]BatchRow{row(0, "r", "j", 10, 0, 0, "AWS", "AWS", "Go")})
	if got := twice.Summary(0).ByJob[0].CommonMissing; !slices.Equal(got, []TermCount{{Term: "AWS", Count: 1}, {Term: "Go", Count: 1}}) {
		t.Errorf("a term twice in one row: %v, want AWS and Go once", got)
	}
	if got := s.Summary(2); len(got.CommonMissing) != 2 || len(got.ByJob[0].CommonMissing) != 2 {
		t.Errorf("Summary(2) kept %d common missing terms, %d for the job, want 2", len(got.CommonMissing), len(got.ByJob[0].CommonMissing))
	}
	// At the floor counts: a best job is named from the floor up.
	s = NewSummarizer([]string{"j1", "j2"})
	s.Add([]BatchRow{row(0, "r", "j1", DefaultBestJobFloor, 0, 0), row(0, "r", "j2", 0, 0, 0)})
	if got := s.Summary(0).BestJobs[0].Job; got != "j1" {
		t.Errorf("best job at the floor = %q, want j1", got)
	}
}

// TestSummarizerNotResumes: a job posting among the resumes is counted as
// what it is and kept out of the scores, the missing terms and the matrix.
func TestSummarizerNotResumes(t *testing.T) {
	s := NewSummarizer([]string{"j1", "j2"})
	s.Add([]BatchRow{row(0, "cv", "j1", 60, 0, 0, "Go"), row(0, "cv", "j2", 50, 0, 0, "Go")})
	posting := []BatchRow{row(1, "posting", "j1", 100, 0, 0), row(1, "posting", "j2", 90, 0, 0, "Rust")}
	for i := range posting {
		posting[i].DocumentKind = "job-posting"
	}
	s.Add(posting)
	got := s.Summary(0)
	if got.NotResumes != 1 || got.Resumes != 2 || got.Scored != 2 || got.Max != 60 || len(got.BestJobs) != 1 {
		t.Errorf("not_resumes %d, resumes %d, scored %d, max %v, best jobs %d; want 1, 2, 2, 60, 1",
			got.NotResumes, got.Resumes, got.Scored, got.Max, len(got.BestJobs))
	}
	for _, tc := range got.CommonMissing {
		if tc.Term == "Rust" {
			t.Errorf("the posting's missing term is counted: %v", got.CommonMissing)
		}
	}
}
