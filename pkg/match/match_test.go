package match

import (
	"strings"
	"sync"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
	"github.com/google/go-cmp/cmp"
)

// testDict is a small hand-built dictionary exercising every surface kind.
func testDict() *keywords.Dict {
	return &keywords.Dict{Version: "test", Terms: []keywords.Term{
		{ID: "java", Name: "Java", Kind: keywords.Hard},
		{ID: "javascript", Name: "JavaScript", Kind: keywords.Hard, Aliases: []string{"JS"}},
		{ID: "python", Name: "Python", Kind: keywords.Hard},
		{ID: "sql", Name: "SQL", Kind: keywords.Hard},
		{ID: "go", Name: "Go", Kind: keywords.Hard, Aliases: []string{"Golang"}, Ambiguous: []string{"Go"}, Context: []string{"developer", "programming"}},
		{ID: "rust", Name: "Rust", Kind: keywords.Hard, Ambiguous: []string{"Rust"}, Context: []string{"programming", "cargo"}},
		{ID: "r", Name: "R", Kind: keywords.Hard, Ambiguous: []string{"R"}, Context: []string{"programming", "statistics"}},
		{ID: "c", Name: "C", Kind: keywords.Hard, Ambiguous: []string{"C"}, Context: []string{"embedded"}},
		{ID: "excel", Name: "Microsoft Excel", Kind: keywords.Hard, Aliases: []string{"Excel"}, Ambiguous: []string{"Excel"}, Context: []string{"microsoft", "pivot tables"}},
		{ID: "express", Name: "Express", Kind: keywords.Hard, Aliases: []string{"Express.js"}, Ambiguous: []string{"Express"}, Context: []string{"node.js"}},
		{ID: "nodejs", Name: "Node.js", Kind: keywords.Hard},
		{ID: "csharp", Name: "C#", Kind: keywords.Hard},
		{ID: "cpp", Name: "C++", Kind: keywords.Hard},
		{ID: "dotnet", Name: ".NET", Kind: keywords.Hard},
		{ID: "ci-cd", Name: "CI/CD", Kind: keywords.Hard},
		{ID: "ml", Name: "Machine Learning", Kind: keywords.Hard, Acronyms: []string{"ML"}},
		{ID: "oop", Name: "Object-Oriented Programming", Kind: keywords.Hard, Acronyms: []string{"OOP"}},
		{ID: "ddd", Name: "Domain-Driven Design", Kind: keywords.Hard},
		{ID: "frontend", Name: "Front-End", Kind: keywords.Hard},
		{ID: "code-reviews", Name: "Code Review", Kind: keywords.Hard},
		{ID: "rdb", Name: "Relational Database", Kind: keywords.Hard},
		{ID: "collab", Name: "Collaboration", Kind: keywords.Soft, Forms: []string{"collaborated", "collaborative"}},
		{ID: "leadership", Name: "Leadership", Kind: keywords.Soft, Forms: []string{"led"}, Ambiguous: []string{"led"}, Context: []string{"team", "engineers"}},
		{ID: "azure", Name: "Microsoft Azure", Kind: keywords.Hard, Aliases: []string{"Azure"}},
		{ID: "distributed", Name: "Distributed Systems", Kind: keywords.Hard},
		{ID: "postgresql", Name: "PostgreSQL", Kind: keywords.Hard, Aliases: []string{"Postgres"}},
		{ID: "rabbitmq", Name: "RabbitMQ", Kind: keywords.Hard},
		{ID: "terraform", Name: "Terraform", Kind: keywords.Hard},
		{ID: "kubernetes", Name: "Kubernetes", Kind: keywords.Hard},
		{ID: "aws", Name: "AWS", Kind: keywords.Hard},
		{ID: "gcp", Name: "GCP", Kind: keywords.Hard},
	}}
}

func mustCompile(t testing.TB, d *keywords.Dict) *Matcher {
	t.Helper()
	m, err := Compile(d)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	return m
}

func run(m *Matcher, s string) Result { return m.Match(s, tokenize.Tokenize(s)) }

// hit is the comparable core of a Match.
type hit struct {
	ID, Surface string
	How         How
}

func hits(r Result) []hit {
	out := []hit{}
	for _, m := range r.Matches {
		out = append(out, hit{m.TermID, m.Surface, m.How})
	}
	return out
}

func TestMatchSurfaces(t *testing.T) {
	m := mustCompile(t, testDict())
	tests := []struct {
		name string
		in   string
		want []hit
	}{
		{"exact", "Python and SQL", []hit{{"python", "Python", Exact}, {"sql", "SQL", Exact}}},
		{"case-insensitive names", "python, sql", []hit{{"python", "python", Exact}, {"sql", "sql", Exact}}},
		{"no substring: Java vs JavaScript", "JavaScript and Java", []hit{{"javascript", "JavaScript", Exact}, {"java", "Java", Exact}}},
		{"no substring: Go vs Google", "Google Cloud and Golang", []hit{{"go", "Golang", Alias}}},
		{"alias", "Golang services", []hit{{"go", "Golang", Alias}}},
		{"acronym case-sensitive", "ML models, not ml or Ml", []hit{{"ml", "ML", Acronym}}},
		{"symbol names", "C#, C++ and .NET with CI/CD.", []hit{{"csharp", "C#", Exact}, {"cpp", "C++", Exact}, {"dotnet", ".NET", Exact}, {"ci-cd", "CI/CD", Exact}}},
		{"longest match", "Machine Learning engineer", []hit{{"ml", "Machine Learning", Exact}}},
		{"never across punctuation", "machine. learning", []hit{}},
		{"never across lines", "Machine\nLearning", []hit{}},
		{"hyphen as written", "Object-Oriented Programming", []hit{{"oop", "Object-Oriented Programming", Exact}}},
		{"hyphen spaced", "object oriented programming", []hit{{"oop", "object oriented programming", Exact}}},
		{"hyphen joined", "objectoriented programming", []hit{{"oop", "objectoriented programming", Exact}}},
		{"front-end variants", "front-end, front end, frontend", []hit{{"frontend", "front-end", Exact}, {"frontend", "front end", Exact}, {"frontend", "frontend", Exact}}},
		{"plural of multi-word", "code reviews and relational databases", []hit{{"code-reviews", "code reviews", Inflection}, {"rdb", "relational databases", Inflection}}},
		{"soft forms any case", "Collaborated with design; collaborative", []hit{{"collab", "Collaborated", Inflection}, {"collab", "collaborative", Inflection}}},
		{"compound split", "Kubernetes-based stack on AWS/GCP", []hit{{"kubernetes", "Kubernetes", Exact}, {"aws", "AWS", Exact}, {"gcp", "GCP", Exact}}},
		{"possessive", "Python's typing", []hit{{"python", "Python", Exact}}},
		{"glued version", "Python3 and SQL2", []hit{{"python", "Python", Exact}, {"sql", "SQL", Exact}}},
		{"unknown stem with digits", "Pythonic3 x2", []hit{}},
		{"urls never match", "https://python.org/java me@sql.com", []hit{}},
		{"empty", "", []hit{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, hits(run(m, tt.in))); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestMatchPositions(t *testing.T) {
	m := mustCompile(t, testDict())
	in := "Skills\n• Python, Machine Learning" // "•" is 3 bytes
	want := []Match{
		{TermID: "python", Start: 11, End: 17, Line: 2, Surface: "Python", How: Exact},
		{TermID: "ml", Start: 19, End: 35, Line: 2, Surface: "Machine Learning", How: Exact},
	}
	if diff := cmp.Diff(want, run(m, in).Matches); diff != "" {
		t.Errorf("Match(%q) mismatch (-want +got):\n%s", in, diff)
	}
}

// rule is a match or rejection with its reason.
type rule struct {
	ID, Surface, Rule string
	Counted           bool
}

func rules(r Result) []rule {
	out := []rule{}
	for _, m := range r.Matches {
		if m.Rule != "" {
			out = append(out, rule{m.TermID, m.Surface, m.Rule, true})
		}
	}
	for _, m := range r.Rejected {
		out = append(out, rule{m.TermID, m.Surface, m.Rule, false})
	}
	return out
}

func TestAmbiguousRules(t *testing.T) {
	m := mustCompile(t, testDict())
	tests := []struct {
		name string
		in   string
		want []rule
	}{
		{"list", "Go, Rust and Python", []rule{
			{"go", "Go", "counted: listed with Rust", true},
			{"rust", "Rust", "counted: listed with Python", true}}},
		{"list of single letter", "R, Python, SQL", []rule{{"r", "R", "counted: listed with Python", true}}},
		{"parenthesised list", "Python (R)", []rule{{"r", "R", "counted: listed with Python", true}}},
		{"glued version", "Go2 drafts", []rule{{"go", "Go", "counted: followed by version 2", true}}},
		{"version", "Go 1.22 services", []rule{{"go", "Go", "counted: followed by version 1.22", true}}},
		{"qualifier", "Microsoft Excel", nil},
		{"qualifier after", "strong Go developer", []rule{{"go", "Go", "counted: next to 'developer'", true}}},
		{"qualifier on lower case", "go programming", []rule{{"go", "go", "counted: next to 'programming'", true}}},
		{"multi-word qualifier", "Excel pivot tables", []rule{{"excel", "Excel", "counted: next to 'pivot'", true}}},
		{"qualifier stops at sentence end", "Rust. Programming is fun", []rule{{"rust", "Rust", "ignored: 'Rust' starts a sentence with no skill nearby", false}}},
		{"wrong capitalisation", "GO team", []rule{{"go", "GO", "ignored: 'GO' is not written 'Go'", false}}},
		{"lower-case form in any case", "Led a team", []rule{{"leadership", "Led", "counted: next to 'team'", true}}},
		{"lowercase verb", "we go the extra mile", []rule{{"go", "go", "ignored: lowercase 'go' reads as an ordinary word", false}}},
		{"sentence start", "Express interest by Friday.", []rule{{"express", "Express", "ignored: 'Express' starts a sentence with no skill nearby", false}}},
		{"mid-sentence capitalisation", "we build services in Go today", []rule{{"go", "Go", "counted: written 'Go' mid-sentence", true}}},
		{"title case phrase", "the Rust Belt economy", []rule{{"rust", "Rust", "ignored: 'Rust' is part of a capitalised phrase with no skill nearby", false}}},
		{"single letter needs context", "grade C work", []rule{{"c", "C", "ignored: single letter 'C' with no skill context", false}}},
		{"single letter with qualifier", "embedded C firmware", []rule{{"c", "C", "counted: next to 'embedded'", true}}},
		{"R&D is not R", "R&D budget", nil},
		{"C-level is not C", "C-level executives", []rule{{"c", "C", "ignored: single letter 'C' with no skill context", false}}},
		{"hyphen compound", "our Go-to-market plan", []rule{{"go", "Go", "ignored: 'Go' is part of a hyphenated word", false}}},
		{"ambiguous form", "I led the way; led a team of 5", []rule{
			{"leadership", "led", "counted: next to 'team'", true},
			{"leadership", "led", "ignored: no skill context", false}}},
		{"qualifier term", "Node.js, Express", []rule{{"express", "Express", "counted: next to 'Node.js'", true}}},
		{"unambiguous alias", "Express.js", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rules(run(m, tt.in))
			want := tt.want
			if want == nil {
				want = []rule{}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestGlued(t *testing.T) {
	in := "AzureDistributed Systems.NETPostgresRabbitMQTerraform"
	want := []hit{
		{"azure", "Azure", Glued}, {"distributed", "Distributed Systems", Glued}, {"dotnet", ".NET", Glued},
		{"postgresql", "Postgres", Glued}, {"rabbitmq", "RabbitMQ", Glued}, {"terraform", "Terraform", Glued},
	}
	m := mustCompile(t, testDict())
	if diff := cmp.Diff(want, hits(run(m, in))); diff != "" {
		t.Errorf("Match(%q) mismatch (-want +got):\n%s", in, diff)
	}
	tests := []struct {
		name string
		in   string
		want []hit
	}{
		{"unknown piece rejects the whole word", "AzureFooTerraform", []hit{}},
		{"known camel-case names are not split", "JavaScript RabbitMQ", []hit{{"javascript", "JavaScript", Exact}, {"rabbitmq", "RabbitMQ", Exact}}},
		{"ambiguous piece rejects", "PythonGo", []hit{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, hits(run(m, tt.in))); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestDeclaredAcronym(t *testing.T) {
	m := mustCompile(t, testDict())
	tests := []struct {
		name string
		in   string
		want []hit
	}{
		{"term then acronym", "Domain-Driven Design (DDD). We use DDD.", []hit{{"ddd", "Domain-Driven Design", Exact}, {"ddd", "DDD", DeclaredAcronym}}},
		{"acronym then term", "DDD (Domain-Driven Design) and DDD again", []hit{{"ddd", "Domain-Driven Design", Exact}, {"ddd", "DDD", DeclaredAcronym}}},
		{"listed acronym echo is one mention", "Machine Learning (ML) and ML", []hit{{"ml", "Machine Learning", Exact}, {"ml", "ML", Acronym}}},
		{"undeclared stays unknown", "We use DDD.", []hit{}},
		{"wrong initials", "Domain-Driven Design (DD). DD", []hit{{"ddd", "Domain-Driven Design", Exact}}},
		{"before the declaration does not count", "DDD first, then Domain-Driven Design (DDD)", []hit{{"ddd", "Domain-Driven Design", Exact}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, hits(run(m, tt.in))); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestLongListLinear guards the list rule against quadratic passes.
func TestLongListLinear(t *testing.T) {
	m := mustCompile(t, testDict())
	in := strings.Repeat("Go, Rust, ", 5000) + "Python"
	r := run(m, in)
	if len(r.Matches) != 10001 || len(r.Rejected) != 0 {
		t.Fatalf("long list: %d matches, %d rejected; want 10001, 0", len(r.Matches), len(r.Rejected))
	}
}

func TestCompileNil(t *testing.T) {
	if _, err := Compile(nil); err == nil {
		t.Fatal("Compile(nil) returned no error")
	}
}

// TestConcurrentMatch runs one Matcher from many goroutines (go test -race).
func TestConcurrentMatch(t *testing.T) {
	m := mustCompile(t, testDict())
	in := "Go, Rust and Python; AzureTerraform; Domain-Driven Design (DDD) then DDD"
	want := run(m, in)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if diff := cmp.Diff(want, run(m, in)); diff != "" {
					t.Errorf("concurrent Match differs:\n%s", diff)
					return
				}
			}
		}()
	}
	wg.Wait()
}
