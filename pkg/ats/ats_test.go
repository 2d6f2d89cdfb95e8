package ats

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

var (
	pairsDir  = filepath.Join("..", "..", "testdata", "pairs")
	goldenDir = filepath.Join("..", "..", "testdata", "golden", "report")
)

// testAsOf is "present" in the tests' reports, so goldens do not age.
var testAsOf = time.Date(2026, time.January, 15, 0, 0, 0, 0, time.UTC)

// newAnalyzer builds the default Analyzer, as of testAsOf.
func newAnalyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := New(Options{AsOf: testAsOf})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return a
}

// pair loads testdata/pairs/<name>: job.txt and resume.* (the one file
// whose name starts with "resume").
func pair(t testing.TB, name string) (job, resume extract.Source) {
	t.Helper()
	dir := filepath.Join(pairsDir, name)
	load := func(file string) extract.Source {
		data, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		return extract.Source{Name: file, Data: data}
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), "resume") {
			return load("job.txt"), load(e.Name())
		}
	}
	t.Fatalf("%s: no resume file", dir)
	return
}

func pairNames(t testing.TB) []string {
	t.Helper()
	ents, err := os.ReadDir(pairsDir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	if len(names) < 4 {
		t.Fatalf("want at least 4 pairs in %s, have %d", pairsDir, len(names))
	}
	return names
}

func encode(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestMatchGolden scores every hand-written pair and compares the whole
// report with testdata/golden/report/<pair>.json (go test -update rewrites).
func TestMatchGolden(t *testing.T) {
	a := newAnalyzer(t)
	for _, name := range pairNames(t) {
		t.Run(name, func(t *testing.T) {
			job, resume := pair(t, name)
			res, err := a.Match(context.Background(), job, resume)
			if err != nil {
				t.Fatalf("Match: %v", err)
			}
			checkInvariants(t, res)
			got := encode(t, res)
			golden := filepath.Join(goldenDir, name+".json")
			if *update {
				if err := os.MkdirAll(goldenDir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./pkg/ats -update)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("Match(%s) mismatch (-want +got):\n%s", name, diff)
			}
		})
	}
}

// checkInvariants holds for every MatchResult, whatever the scoring.
func checkInvariants(t *testing.T, r *report.MatchResult) {
	t.Helper()
	if r.Score < 0 || r.Score > 100 {
		t.Errorf("score %v out of 0..100", r.Score)
	}
	if got := r.Coverage.HardMatched + r.Coverage.SoftMatched; got != len(r.Matched) {
		t.Errorf("coverage says %d matched, list has %d", got, len(r.Matched))
	}
	if got := r.Coverage.HardTotal + r.Coverage.SoftTotal; got != len(r.Matched)+len(r.Missing) {
		t.Errorf("coverage says %d terms, lists have %d", got, len(r.Matched)+len(r.Missing))
	}
	if r.AlgorithmVersion != AlgorithmVersion || r.DictionaryVersion == "" || r.SchemaVersion != report.SchemaVersion {
		t.Errorf("versions: schema %d, algorithm %q, dictionary %q", r.SchemaVersion, r.AlgorithmVersion, r.DictionaryVersion)
	}
	for _, m := range r.Matched {
		if len(m.JobEvidence) == 0 || len(m.ResumeEvidence) == 0 || len(m.ResumeEvidence) > maxEvidence {
			t.Errorf("matched %q: %d job and %d resume evidence items", m.Term, len(m.JobEvidence), len(m.ResumeEvidence))
		}
	}
	for _, ig := range r.Ignored {
		for _, m := range r.Matched {
			for _, ev := range m.JobEvidence {
				if ev.Line >= ig.FromLine && ev.Line <= ig.ToLine {
					t.Errorf("%q cites job line %d inside ignored section %+v", m.Term, ev.Line, ig)
				}
			}
		}
	}
	if r.Requirements == nil {
		t.Errorf("no requirements")
	}
	if b := encode(t, r); bytes.Contains(b, []byte("null")) {
		t.Errorf("JSON has a null: every slice must be non-nil")
	}
}

// TestMatchPrecision: words that look like skills in ordinary prose must not
// count, and skill-shaped tokens must.
func TestMatchPrecision(t *testing.T) {
	a := newAnalyzer(t)
	job := extract.Source{Name: "job.txt", Data: []byte("Requirements\n- C#, C++, .NET, Node.js and CI/CD\n- Go and Swift programming\n- Express.js APIs; R programming for statistics\n")}
	resume := extract.Source{Name: "cv.txt", Data: []byte(
		"Led our go to market plan and R&D budget.\nPlease express interest; we value swift delivery.\nBuilt services in C#, C++, .NET and Node.js with CI/CD.\n")}
	res, err := a.Match(context.Background(), job, resume)
	if err != nil {
		t.Fatal(err)
	}
	status := map[string]bool{}
	for _, m := range res.Matched {
		status[m.Term] = true
	}
	for _, m := range res.Missing {
		status[m.Term] = false
	}
	want := map[string]bool{"C#": true, "C++": true, ".NET": true, "Node.js": true, "CI/CD": true, "Go": false, "Swift": false, "Express": false, "R": false}
	for term, matched := range want {
		if got, ok := status[term]; !ok || got != matched {
			t.Errorf("term %q: in job=%v matched=%v, want in job and matched=%v", term, ok, got, matched)
		}
	}
}

func TestErrorsKeepFileError(t *testing.T) {
	a := newAnalyzer(t)
	tests := []struct {
		name  string
		data  []byte
		class error
	}{
		{"empty", nil, extract.ErrEmpty},
		{"whitespace", []byte(" \n\t\n"), extract.ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := extract.Source{Name: "cv.txt", Data: tt.data}
			_, err := a.Match(context.Background(), extract.Source{Name: "job.txt", Data: []byte("Requirements\n- SQL\n")}, src)
			var fe *extract.FileError
			if !errors.As(err, &fe) || fe.Name != "cv.txt" || !errors.Is(err, tt.class) {
				t.Errorf("Match(%s resume) error = %v; want a *FileError for cv.txt wrapping %v", tt.name, err, tt.class)
			}
		})
	}
}

func TestKeywordsDropsJobBoilerplate(t *testing.T) {
	a := newAnalyzer(t)
	job, _ := pair(t, "dotnet-strong")
	res, err := a.Keywords(context.Background(), job)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Ignored) == 0 {
		t.Fatalf("no ignored sections in a posting with benefits and EEO: %+v", res)
	}
	for _, k := range res.Keywords {
		for _, ev := range k.Evidence {
			for _, ig := range res.Ignored {
				if ev.Line >= ig.FromLine && ev.Line <= ig.ToLine {
					t.Errorf("%q cited from ignored line %d", k.Term, ev.Line)
				}
			}
		}
		if k.Count < len(k.Evidence) || len(k.Forms) == 0 {
			t.Errorf("%q: count %d, %d evidence, forms %q", k.Term, k.Count, len(k.Evidence), k.Forms)
		}
	}
}

// A company blurb sentence inside a line with a requirement gives no job
// term, as in the score; the requirement beside it still counts.
func TestKeywordsDropsBoilerplateSentence(t *testing.T) {
	a := newAnalyzer(t)
	job := extract.Source{Name: "job.txt", Data: []byte("Requirements\n- Strong Python skills\nAcme is a leading provider of Kubernetes hosting. You must know Terraform.\n")}
	res, err := a.Keywords(context.Background(), job)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, k := range res.Keywords {
		got = append(got, k.Term)
	}
	slices.Sort(got)
	if diff := cmp.Diff([]string{"Python", "Terraform"}, got); diff != "" {
		t.Errorf("Keywords(blurb + requirement) terms mismatch (-want +got):\n%s", diff)
	}
}

func TestTextKeepsLines(t *testing.T) {
	a := newAnalyzer(t)
	src := extract.Source{Name: "cv.txt", Data: []byte("Jane\n\nSkills: C#, “Go”\u00ad\nend")}
	res, err := a.Text(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(res.Text, "\n"); got != 3 {
		t.Errorf("Text(%q) has %d newlines, want 3: %q", src.Data, got, res.Text)
	}
	if res.Document.Name != "cv.txt" || res.Document.Parse.Warnings == nil {
		t.Errorf("document = %+v", res.Document)
	}
}

// The text view must give the same text as the Analyzer without loading a
// dictionary (atsmatch text pays for no dictionary at start-up).
func TestTextWithoutDictionary(t *testing.T) {
	src := extract.Source{Name: "cv.md", Data: []byte("# Jane\n\n**Skills:** C#, “Go”\u00ad, ﬁnance\n")}
	got, err := Text(context.Background(), src, extract.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	want, err := newAnalyzer(t).Text(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Text(%q) differs from Analyzer.Text (-want +got):\n%s", src.Data, diff)
	}
	if !strings.Contains(got.Text, "finance") || strings.Contains(got.Text, "\u00ad") {
		t.Errorf("Text(%q) = %q: not normalised", src.Data, got.Text)
	}
}

func TestMatchJobEqualsMatch(t *testing.T) {
	a := newAnalyzer(t)
	job, resume := pair(t, "dotnet-strong")
	ctx := context.Background()
	want, err := a.Match(ctx, job, resume)
	if err != nil {
		t.Fatal(err)
	}
	j, err := a.PrepareJob(ctx, job)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // a prepared job is reusable
		got, err := a.MatchJob(ctx, j, resume)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("MatchJob mismatch (-Match +MatchJob):\n%s", diff)
		}
	}
}

func TestCanceledContext(t *testing.T) {
	a := newAnalyzer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	job, resume := pair(t, "nurse")
	if _, err := a.Match(ctx, job, resume); !errors.Is(err, context.Canceled) {
		t.Errorf("Match with a canceled context: err = %v, want context.Canceled", err)
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	a := newAnalyzer(b)
	job, resume := pair(b, "dotnet-strong")
	ctx := context.Background()
	b.ReportAllocs()
	b.SetBytes(int64(len(job.Data) + len(resume.Data)))
	for b.Loop() {
		if _, err := a.Match(ctx, job, resume); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMatchJob(b *testing.B) {
	a := newAnalyzer(b)
	job, resume := pair(b, "dotnet-strong")
	ctx := context.Background()
	j, err := a.PrepareJob(ctx, job)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(resume.Data)))
	for b.Loop() {
		if _, err := a.MatchJob(ctx, j, resume); err != nil {
			b.Fatal(err)
		}
	}
}
