package score

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/google/go-cmp/cmp"
)

// TestScrapedSeed scores the shared scraped posting against itself with
// hand-picked terms: the trailing ATS keyword list and the benefits must not
// count, DDD is only a plus, C# and Terraform are required.
func TestScrapedSeed(t *testing.T) {
	matches, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "000_*.txt"))
	if len(matches) == 0 {
		t.Skip("../shared seeds absent")
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	d := &keywords.Dict{Terms: []keywords.Term{
		{ID: "csharp", Name: "C#", Kind: keywords.Hard},
		{ID: "ddd", Name: "Domain-Driven Design", Kind: keywords.Hard},
		{ID: "oop", Name: "Object-Oriented Programming", Kind: keywords.Hard},
		{ID: "terraform", Name: "Terraform", Kind: keywords.Hard},
		{ID: "udemy", Name: "Udemy", Kind: keywords.Hard},
		{ID: "asynccomm", Name: "asynchronous communication", Kind: keywords.Soft},
	}}
	text := string(b)
	job := jobDoc(text, "C#=csharp", "Domain-Driven Design=ddd", "Object-Oriented Programming=oop",
		"Terraform=terraform", "Udemy=udemy", "asynchronous communication=asynccomm")
	r := Compute(d, job, Doc{})
	type row struct {
		ID        string
		Count     int
		Required  bool
		Preferred bool
	}
	var got []row
	for _, tr := range r.Terms {
		got = append(got, row{tr.Term.ID, tr.JobCount, tr.Required, tr.Preferred})
	}
	want := []row{
		{"terraform", 3, true, false}, // tech stack, role, "You have ... Terraform"; not the keyword list
		{"csharp", 2, true, false},
		{"oop", 1, true, false},
		{"asynccomm", 1, true, false},
		{"ddd", 1, false, true}, // "Familiarity with DDD is a plus" inside Requirements
		// udemy: only in Benefits
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Compute(seed) terms mismatch (-want +got):\n%s", diff)
	}
}
