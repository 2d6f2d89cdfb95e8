package ats

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/google/go-cmp/cmp"
)

const batchJob = `Backend Engineer

Requirements
- 5+ years with C# and .NET on ASP.NET Core
- PostgreSQL and Docker in production
- Kubernetes and CI/CD with GitHub Actions
- Clear written communication

Nice to have
- Terraform
`

// feed sends srcs (nil Data = a Load that fails with not-found) and closes.
func feed(srcs []extract.Source) <-chan Input {
	ch := make(chan Input)
	go func() {
		defer close(ch)
		for _, s := range srcs {
			in := Input{Name: s.Name, Source: s}
			if s.Data == nil {
				name := s.Name
				in.Load = func(context.Context) (extract.Source, error) {
					return extract.Source{}, &extract.FileError{Name: name, Err: extract.ErrNotFound}
				}
			}
			ch <- in
		}
	}()
	return ch
}

func prepare(t testing.TB, a *Analyzer, texts ...string) []*Job {
	t.Helper()
	var jobs []*Job
	for i, txt := range texts {
		j, err := a.PrepareJob(context.Background(), extract.Source{Name: fmt.Sprintf("job%d.txt", i+1), Data: []byte(txt)})
		if err != nil {
			t.Fatalf("PrepareJob: %v", err)
		}
		jobs = append(jobs, j)
	}
	return jobs
}

func TestRank(t *testing.T) {
	a := newAnalyzer(t)
	jobs := prepare(t, a, batchJob, "Frontend Developer\n\nRequirements\n- TypeScript and React\n- Communication\n")
	srcs := []extract.Source{
		{Name: "strong.md", Data: []byte("# Ann\n\n## Skills\nC#, .NET, ASP.NET Core, PostgreSQL, Docker, Kubernetes, CI/CD, GitHub Actions, Terraform\n\n## Experience\n- Backend development; wrote clear written communication for the team\n")},
		{Name: "missing.pdf"},
		{Name: "empty.txt", Data: []byte{}},
		{Name: "weak.txt", Data: []byte("Bob\n\nSkills\nTypeScript, React, go to market strategy\n")},
	}
	for _, workers := range []int{1, 3} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			var rows []report.BatchRow
			err := a.Rank(context.Background(), jobs, feed(srcs), RankOptions{Workers: workers, TopMissing: 2}, func(r report.BatchRow) {
				rows = append(rows, r)
			})
			if err != nil {
				t.Fatalf("Rank: %v", err)
			}
			// A resume's rows arrive together, in job order.
			for i := 0; i+1 < len(rows); i += 2 {
				if rows[i].Index != rows[i+1].Index || rows[i].Job != "job1.txt" || rows[i+1].Job != "job2.txt" {
					t.Errorf("rows %d-%d = %s/%s, %s/%s: want one resume's rows together in job order",
						i, i+1, rows[i].Resume, rows[i].Job, rows[i+1].Resume, rows[i+1].Job)
				}
			}
			if err := SortRows(rows, SortName, []string{"job1.txt", "job2.txt"}); err != nil {
				t.Fatal(err)
			}
			type brief struct {
				Resume, Job, Kind string
				Index, Missing    int
			}
			var got []brief
			for _, r := range rows {
				b := brief{Resume: r.Resume, Job: r.Job, Index: r.Index, Missing: len(r.TopMissing)}
				if r.Error != nil {
					b.Kind = r.Error.Kind
				}
				got = append(got, b)
				if r.SchemaVersion != report.SchemaVersion || r.AlgorithmVersion != AlgorithmVersion || r.DictionaryVersion != a.DictionaryVersion() {
					t.Errorf("row %s/%s versions = %d %q %q", r.Resume, r.Job, r.SchemaVersion, r.AlgorithmVersion, r.DictionaryVersion)
				}
			}
			want := []brief{
				{Resume: "strong.md", Job: "job1.txt", Index: 0, Missing: 0},
				{Resume: "strong.md", Job: "job2.txt", Index: 0, Missing: 2},
				{Resume: "weak.txt", Job: "job1.txt", Index: 3, Missing: 2},
				{Resume: "weak.txt", Job: "job2.txt", Index: 3, Missing: 2},
				// Failed rows last, in name order too.
				{Resume: "empty.txt", Job: "job1.txt", Kind: "empty", Index: 2},
				{Resume: "empty.txt", Job: "job2.txt", Kind: "empty", Index: 2},
				{Resume: "missing.pdf", Job: "job1.txt", Kind: "not-found", Index: 1},
				{Resume: "missing.pdf", Job: "job2.txt", Kind: "not-found", Index: 1},
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Rank rows mismatch (-want +got):\n%s", diff)
			}
			strong, weak := rows[0], rows[2]
			if strong.Score < 80 || weak.Score > 30 {
				t.Errorf("scores strong=%.1f weak=%.1f: want the strong resume far ahead", strong.Score, weak.Score)
			}
			// The same pair through MatchJob must score the same.
			mr, err := a.MatchJob(context.Background(), jobs[0], srcs[0])
			if err != nil {
				t.Fatal(err)
			}
			if mr.Score != strong.Score || mr.Subscores != strong.Subscores || mr.Coverage != strong.Coverage {
				t.Errorf("Rank row %+v differs from MatchJob score %.1f %+v %+v", strong, mr.Score, mr.Subscores, mr.Coverage)
			}
		})
	}
}

func TestRankErrors(t *testing.T) {
	a := newAnalyzer(t)
	jobs := prepare(t, a, batchJob)
	if err := a.Rank(context.Background(), nil, feed(nil), RankOptions{}, func(report.BatchRow) {}); err == nil {
		t.Error("Rank with no jobs: want an error")
	}
	if err := a.Rank(context.Background(), []*Job{{}}, feed(nil), RankOptions{}, func(report.BatchRow) {}); err == nil {
		t.Error("Rank with an unprepared job: want an error")
	}
	// Cancelling stops the run even though inputs never closes.
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan Input)
	done := make(chan error, 1)
	go func() { done <- a.Rank(ctx, jobs, in, RankOptions{Workers: 2}, func(report.BatchRow) {}) }()
	in <- Input{Name: "a.txt", Source: extract.Source{Name: "a.txt", Data: []byte("C# developer")}}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Rank after cancel = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Rank did not return after cancel")
	}
}

func row(idx int, resume, job string, score, hard, soft float64, missing ...string) report.BatchRow {
	return report.BatchRow{Index: idx, Resume: resume, Job: job, Score: score, Subscores: report.Subscores{Hard: hard, Soft: soft}, TopMissing: missing}
}

func failedRow(idx int, resume, job string) report.BatchRow {
	r := row(idx, resume, job, 0, 0, 0)
	r.Error = &report.BatchError{Kind: "empty", Message: "file is empty"}
	return r
}

func TestSortRows(t *testing.T) {
	in := []report.BatchRow{
		failedRow(0, "a.txt", "j1"),
		row(1, "c.txt", "j1", 50, 40, 90),
		row(2, "b.txt", "j1", 70, 80, 10),
		row(3, "d.txt", "j1", 50, 60, 50),
		row(2, "b.txt", "j0", 70, 80, 10),
	}
	order := func(rows []report.BatchRow) []string {
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
	hist := func(counts ...int) []report.ScoreBucket {
		out := make([]report.ScoreBucket, 10)
		for i := range out {
			out[i] = report.ScoreBucket{From: i * 10, To: i*10 + 10, Count: counts[i]}
		}
		return out
	}
	tests := []struct {
		name string
		jobs []string
		rows []report.BatchRow
		want report.BatchSummary
	}{
		{
			name: "empty",
			jobs: []string{"j"},
			want: report.BatchSummary{Jobs: []string{"j"}, Histogram: hist(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), CommonMissing: []report.TermCount{}, BestJobs: []report.BestJob{}},
		},
		{
			name: "odd count, 100 in the last bucket, failures not in the stats",
			jobs: []string{"j"},
			rows: []report.BatchRow{
				row(0, "a", "j", 100, 100, 100),
				row(1, "b", "j", 9.9, 0, 50, "Go", "SQL"),
				failedRow(2, "c", "j"),
				row(3, "d", "j", 45, 40, 60, "SQL"),
			},
			want: report.BatchSummary{
				Resumes: 4, Jobs: []string{"j"}, Rows: 4, Scored: 3, Failed: 1,
				Mean: 51.6, Median: 45, Min: 9.9, Max: 100,
				Histogram:     hist(1, 0, 0, 0, 1, 0, 0, 0, 0, 1),
				CommonMissing: []report.TermCount{{Term: "SQL", Count: 2}, {Term: "Go", Count: 1}},
				BestJobs:      []report.BestJob{},
			},
		},
		{
			name: "two jobs: even median, best job per resume, ties keep the first job",
			jobs: []string{"j1", "j2"},
			rows: []report.BatchRow{
				row(1, "b", "j2", 60, 0, 0),
				row(0, "a", "j1", 30, 0, 0),
				row(0, "a", "j2", 80, 0, 0),
				row(1, "b", "j1", 60, 0, 0),
			},
			want: report.BatchSummary{
				Resumes: 2, Jobs: []string{"j1", "j2"}, Rows: 4, Scored: 4,
				Mean: 57.5, Median: 60, Min: 30, Max: 80,
				Histogram:     hist(0, 0, 0, 1, 0, 0, 2, 0, 1, 0),
				CommonMissing: []report.TermCount{},
				BestJobs:      []report.BestJob{{Resume: "a", Job: "j2", Score: 80}, {Resume: "b", Job: "j1", Score: 60}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSummarizer(tt.jobs)
			for _, r := range tt.rows {
				s.Add(r)
			}
			if diff := cmp.Diff(tt.want, s.Summary(0)); diff != "" {
				t.Errorf("Summary mismatch (-want +got):\n%s", diff)
			}
		})
	}
	s := NewSummarizer([]string{"j"})
	for i, term := range []string{"A", "B", "C"} {
		s.Add(row(i, "r", "j", 10, 0, 0, term))
	}
	if got := s.Summary(2).CommonMissing; len(got) != 2 {
		t.Errorf("Summary(2) kept %d common missing terms, want 2", len(got))
	}
}

// benchResumes builds n varied text resumes from a few templates, so the
// benchmark does not score one cached document.
func benchResumes(n int) []extract.Source {
	skills := []string{"C#", ".NET", "ASP.NET Core", "PostgreSQL", "SQL Server", "Docker", "Kubernetes", "CI/CD",
		"GitHub Actions", "Terraform", "RabbitMQ", "Kafka", "Python", "Go", "React", "TypeScript", "AWS", "Azure",
		"Entity Framework Core", "xUnit", "Redis", "Linux", "Git", "REST APIs", "microservices"}
	templates := []string{
		"%s\n\nSummary\nBackend engineer with %d years of experience.\n\nSkills\n%s\n\nExperience\nAcme Corp, Senior Developer, 2019-2024\n- Built services with %s and %s\n- Led code review and mentoring; strong communication\n\nEducation\nBSc Computer Science\n",
		"# %s\n\n## Experience\n- %d years shipping software\n- Tech: %s\n- Moved batch jobs from %s to %s; owned on-call\n\n## Education\nMSc Software Engineering\n",
		"%s\nEngineer, %d years\nSKILLS: %s\nWORK\nGlobex: designed APIs in %s, deployed with %s, go to market with sales, R&D budget\n",
	}
	out := make([]extract.Source, n)
	for i := range out {
		k := 3 + i%9
		pick := make([]string, 0, k)
		for j := range k {
			pick = append(pick, skills[(i*7+j*5)%len(skills)])
		}
		tpl := templates[i%len(templates)]
		name := fmt.Sprintf("Candidate %d", i)
		text := fmt.Sprintf(tpl, name, 1+i%15, strings.Join(pick, ", "), pick[0], pick[len(pick)-1])
		ext := ".txt"
		if i%len(templates) == 1 {
			ext = ".md"
		}
		out[i] = extract.Source{Name: fmt.Sprintf("r%05d%s", i, ext), Data: []byte(text)}
	}
	return out
}

// BenchmarkRank10k scores 10,000 in-memory resumes against one job with the
// default worker pool; target ≥ 5,000 resumes/s on 2 cores.
func BenchmarkRank10k(b *testing.B) {
	a := newAnalyzer(b)
	jobs := prepare(b, a, batchJob)
	srcs := benchResumes(10_000)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	total := 0
	for b.Loop() {
		n := 0
		err := a.Rank(context.Background(), jobs, feed(srcs), RankOptions{}, func(r report.BatchRow) {
			if r.Error != nil {
				b.Fatalf("%s: %s", r.Resume, r.Error.Message)
			}
			n++
		})
		if err != nil || n != len(srcs) {
			b.Fatalf("Rank: %v, %d rows", err, n)
		}
		total += n
	}
	b.ReportMetric(float64(total)/time.Since(start).Seconds(), "resumes/s")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
}
