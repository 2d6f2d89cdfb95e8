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
	tests := []struct {
		name string
		jobs []string
		rows [][]BatchRow // one resume's rows each, as Rank hands them over
		want BatchSummary
	}{
		{
			name: "empty",
			jobs: []string{"j"},
			want: BatchSummary{Jobs: []string{"j"}, Histogram: hist(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), CommonMissing: []TermCount{}, BestJobs: []BestJob{}},
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
				BestJobs:      []BestJob{},
			},
		},
		{
			name: "two jobs: even median, best job per resume in input order, ties keep the first job",
			jobs: []string{"j1", "j2"},
			rows: [][]BatchRow{
				{row(1, "b", "j1", 60, 0, 0), row(1, "b", "j2", 60, 0, 0)},
				{row(0, "a", "j1", 30, 0, 0), row(0, "a", "j2", 80, 0, 0)},
			},
			want: BatchSummary{
				Resumes: 2, Jobs: []string{"j1", "j2"}, Rows: 4, Scored: 4,
				Mean: 57.5, Median: 60, Min: 30, Max: 80,
				Histogram:     hist(0, 0, 0, 1, 0, 0, 2, 0, 1, 0),
				CommonMissing: []TermCount{},
				BestJobs:      []BestJob{{Resume: "a", Job: "j2", Score: 80}, {Resume: "b", Job: "j1", Score: 60}},
			},
		},
		{
			name: "two jobs: a resume that failed has no best job",
			jobs: []string{"j1", "j2"},
			rows: [][]BatchRow{
				{failedRow(0, "a", "j1"), failedRow(0, "a", "j2")},
				{row(1, "b", "j1", 40, 0, 0), row(1, "b", "j2", 20, 0, 0)},
				nil, // not a resume
			},
			want: BatchSummary{
				Resumes: 2, Jobs: []string{"j1", "j2"}, Rows: 4, Scored: 2, Failed: 2,
				Mean: 30, Median: 30, Min: 20, Max: 40,
				Histogram:     hist(0, 0, 1, 0, 1, 0, 0, 0, 0, 0),
				CommonMissing: []TermCount{},
				BestJobs:      []BestJob{{Resume: "b", Job: "j1", Score: 40}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSummarizer(tt.jobs)
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
	if got := s.Summary(2).CommonMissing; len(got) != 2 {
		t.Errorf("Summary(2) kept %d common missing terms, want 2", len(got))
	}
}
