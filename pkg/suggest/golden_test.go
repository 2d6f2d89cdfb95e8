package suggest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/score"
	"github.com/atsmatch/atsmatch/pkg/sections"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenDict holds the terms of testdata/job.txt and resume.txt.
var goldenDict = &keywords.Dict{Terms: []keywords.Term{
	{ID: "go", Name: "Go", Kind: keywords.Hard, Category: "language"},
	{ID: "python", Name: "Python", Kind: keywords.Hard, Category: "language"},
	{ID: "java", Name: "Java", Kind: keywords.Hard, Category: "language"},
	{ID: "kubernetes", Name: "Kubernetes", Kind: keywords.Hard, Category: "cloud"},
	{ID: "terraform", Name: "Terraform", Kind: keywords.Hard, Category: "cloud"},
	{ID: "postgresql", Name: "PostgreSQL", Kind: keywords.Hard, Category: "database"},
	{ID: "ci-cd", Name: "CI/CD", Kind: keywords.Hard, Category: "cloud"},
	{ID: "jenkins", Name: "Jenkins", Kind: keywords.Hard, Category: "cloud", Related: []string{"ci-cd"}},
	{ID: "docker", Name: "Docker", Kind: keywords.Hard, Category: "cloud"},
	{ID: "oop", Name: "Object-Oriented Programming", Kind: keywords.Hard, Category: "engineering", Acronyms: []string{"OOP"}},
	{ID: "kafka", Name: "Kafka", Kind: keywords.Hard, Category: "database"},
	{ID: "rabbitmq", Name: "RabbitMQ", Kind: keywords.Hard, Category: "database"},
	{ID: "communication", Name: "Communication", Kind: keywords.Soft, Category: "soft", Forms: []string{"communicated"}},
	{ID: "mentoring", Name: "Mentoring", Kind: keywords.Soft, Category: "soft", Forms: []string{"mentored"}},
}}

var goldenPairs = []string{
	"Go=go", "Python=python", "Java=java", "Kubernetes=kubernetes", "Terraform=terraform", "PostgreSQL=postgresql",
	"CI/CD=ci-cd", "Jenkins=jenkins", "Docker=docker", "Object-Oriented Programming=oop", "OOP=oop=acronym",
	"Kafka=kafka", "RabbitMQ=rabbitmq", "communication=communication", "Mentoring=mentoring",
	"Mentored=mentoring=inflection",
}

// TestGolden runs score and suggest over a realistic job/resume pair and
// compares the whole advice list, with the score, to a golden file.
func TestGolden(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	jt, rt := read("job.txt"), read("resume.txt")
	job := score.Doc{Lines: strings.Split(jt, "\n"), Matches: find(jt, goldenPairs...), Sections: sections.Job(jt)}
	resume := score.Doc{Lines: strings.Split(rt, "\n"), Matches: find(rt, goldenPairs...), Sections: sections.Resume(rt)}
	r := score.Compute(goldenDict, job, resume)

	var b strings.Builder
	fmt.Fprintf(&b, "total %.1f hard %.1f (%d/%d) soft %.1f (%d/%d)\n", r.Total, r.Hard, r.HardMatched, r.HardTotal, r.Soft, r.SoftMatched, r.SoftTotal)
	for _, tr := range r.Terms {
		fmt.Fprintf(&b, "term %-14s share %.3f required=%t preferred=%t matched=%t job=%d resume=%d\n",
			tr.Term.ID, tr.Importance, tr.Required, tr.Preferred, tr.Matched, tr.JobCount, tr.ResumeCount)
	}
	for _, s := range For(goldenDict, r, job, resume) {
		fmt.Fprintf(&b, "%s %s: %s\n", s.Kind, s.TermID, s.Text)
	}
	got := b.String()

	path := filepath.Join("testdata", "golden", "suggest.txt")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("score+suggest on testdata/job.txt, resume.txt mismatch (-want +got):\n%s", diff)
	}
}
