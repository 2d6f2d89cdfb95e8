package ats

import (
	"context"
	"errors"
	"fmt"
	"runtime"
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
			calls := 0
			err := a.Rank(context.Background(), jobs, feed(srcs), RankOptions{Workers: workers, TopMissing: 2}, func(rs []report.BatchRow) {
				calls++
				// One call per resume, with its rows in job order.
				if len(rs) != 2 || rs[0].Index != rs[1].Index || rs[0].Job != "job1.txt" || rs[1].Job != "job2.txt" {
					t.Errorf("emit got %d rows %+v: want one resume's two rows in job order", len(rs), rs)
				}
				rows = append(rows, rs...)
			})
			if err != nil {
				t.Fatalf("Rank: %v", err)
			}
			if calls != len(srcs) {
				t.Errorf("emit called %d times for %d resumes", calls, len(srcs))
			}
			if err := report.SortRows(rows, report.SortName, []string{"job1.txt", "job2.txt"}); err != nil {
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
				if r.SchemaVersion != report.BatchSchemaVersion || r.AlgorithmVersion != AlgorithmVersion || r.DictionaryVersion != a.DictionaryVersion() {
					t.Errorf("row %s/%s versions = %d %q %q", r.Resume, r.Job, r.SchemaVersion, r.AlgorithmVersion, r.DictionaryVersion)
				}
			}
			want := []brief{
				{Resume: "strong.md", Job: "job1.txt", Index: 0, Missing: 0},
				{Resume: "strong.md", Job: "job2.txt", Index: 0, Missing: 2},
				{Resume: "weak.txt", Job: "job1.txt", Index: 3, Missing: 2},
				// React is a kind of Frontend Development (a broader link): only Communication is missing.
				{Resume: "weak.txt", Job: "job2.txt", Index: 3, Missing: 1},
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
	if err := a.Rank(context.Background(), nil, feed(nil), RankOptions{}, func([]report.BatchRow) {}); err == nil {
		t.Error("Rank with no jobs: want an error")
	}
	if err := a.Rank(context.Background(), []*Job{{}}, feed(nil), RankOptions{}, func([]report.BatchRow) {}); err == nil {
		t.Error("Rank with an unprepared job: want an error")
	}
	// Cancelling stops the run even though inputs never closes.
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan Input)
	done := make(chan error, 1)
	go func() { done <- a.Rank(ctx, jobs, in, RankOptions{Workers: 2}, func([]report.BatchRow) {}) }()
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
		err := a.Rank(context.Background(), jobs, feed(srcs), RankOptions{}, func(rs []report.BatchRow) {
			for _, r := range rs {
				if r.Error != nil {
					b.Fatalf("%s: %s", r.Resume, r.Error.Message)
				}
				n++
			}
		})
		if err != nil || n != len(srcs) {
			b.Fatalf("Rank: %v, %d rows", err, n)
		}
		total += n
	}
	b.ReportMetric(float64(total)/time.Since(start).Seconds(), "resumes/s")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
}
