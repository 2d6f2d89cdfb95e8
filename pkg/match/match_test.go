package match

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
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
		{ID: "aws", Name: "AWS", Kind: keywords.Hard, Aliases: []string{"Amazon Web Services"}},
		{ID: "gcp", Name: "GCP", Kind: keywords.Hard},
		{ID: "hr", Name: "Human Resources", Kind: keywords.Hard, Category: "hr", Acronyms: []string{"HR"}, Ambiguous: []string{"HR"}, Context: []string{"policies"}},
		{ID: "english", Name: "English", Kind: keywords.Hard, Category: "spoken-language", Ambiguous: []string{"English"}, Context: []string{"fluent", "business", "c1", "languages"}},
		{ID: "research", Name: "Research", Kind: keywords.Soft, Category: "soft", Ambiguous: []string{"Research"}, Context: []string{"qualitative"}},
		{ID: "solid", Name: "SOLID", Kind: keywords.Hard, Ambiguous: []string{"SOLID"}, Context: []string{"principles"}},
		{ID: "scala", Name: "Scala", Kind: keywords.Hard},
		{ID: "spring", Name: "Spring", Kind: keywords.Hard, Ambiguous: []string{"Spring"}, Context: []string{"framework"}},
		{ID: "spring-boot", Name: "Spring Boot", Kind: keywords.Hard},
		{ID: "fed", Name: "Front End Developer", Kind: keywords.Hard},
		{ID: "pd", Name: "Product Design", Kind: keywords.Hard, Ambiguous: []string{"Product Design"}, Context: []string{"figma"}},
		// Listed in lower case: a common noun, whose capitals are no evidence.
		{ID: "monitoring", Name: "Monitoring", Kind: keywords.Hard, Ambiguous: []string{"monitoring"}, Context: []string{"prometheus"}},
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
		{"spaced surface written hyphenated", "machine-learning models", []hit{{"ml", "machine-learning", Exact}}},
		{"spaced alias written hyphenated", "amazon-web-services", []hit{{"aws", "amazon-web-services", Alias}}},
		{"hyphenated beats its first word", "spring-boot apps", []hit{{"spring-boot", "spring-boot", Exact}}},
		{"mixed hyphen and space", "Machine-Learning pipelines, spring boot", []hit{{"ml", "Machine-Learning", Exact}, {"spring-boot", "spring boot", Exact}}},
		{"hyphen compound longer than the surface", "machine-learning-based", []hit{{"ml", "machine-learning", Exact}}},
		{"known hyphenated word walks as its parts", "front-end developer", []hit{{"fed", "front-end developer", Exact}}},
		{"known hyphenated word alone", "front-end work", []hit{{"frontend", "front-end", Exact}}},
		{"hyphen never joins across a space", "machine- learning", []hit{}},
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
		if m.Rule != nil {
			out = append(out, rule{m.TermID, m.Surface, m.Rule.String(), true})
		}
	}
	for _, m := range r.Rejected {
		out = append(out, rule{m.TermID, m.Surface, m.Rule.String(), false})
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
		{"a number after a common noun is no version", "we do monitoring 24 hours", []rule{{"monitoring", "monitoring", "ignored: no skill context", false}}},
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
		{"acronym in capitals anyway", "our HR portal", []rule{{"hr", "HR", "ignored: 'HR' is an acronym written in capitals anyway; no skill context", false}}},
		{"acronym with context", "HR policies", []rule{{"hr", "HR", "counted: next to 'policies'", true}}},
		{"longer capitals stand against a word", "we follow SOLID design", []rule{{"solid", "SOLID", "counted: written 'SOLID' mid-sentence", true}}},
		{"language name", "Please apply in English.", []rule{{"english", "English", "ignored: 'English' is a proper noun written in capitals anyway; no skill context", false}}},
		{"language with qualifier", "fluent in English", []rule{{"english", "English", "counted: next to 'fluent'", true}}},
		{"inflected context word", "speak English fluently", []rule{{"english", "English", "counted: next to 'fluently'", true}}},
		{"context word with a plural", "two Go developers", []rule{{"go", "Go", "counted: next to 'developers'", true}}},
		{"context word with another suffix is no context", "an English businessman", []rule{{"english", "English", "ignored: 'English' is a proper noun written in capitals anyway; no skill context", false}}},
		{"language with level", "English (C1)", []rule{{"english", "English", "counted: next to 'C1'", true}}},
		{"language listed", "English, Python", []rule{{"english", "English", "counted: listed with Python", true}}},
		{"list under a heading", "LANGUAGES\nEnglish, Hindi", []rule{{"english", "English", "counted: listed under 'LANGUAGES'", true}}},
		{"one item a line under a heading, after a blank line", "Languages:\n\nSpanish\nEnglish", []rule{{"english", "English", "counted: listed under 'Languages'", true}}},
		{"a heading over prose is no list", "Languages\nWe will ask you to apply in English and to attach the letter as one file", []rule{
			{"english", "English", "ignored: 'English' is a proper noun written in capitals anyway; no skill context", false}}},
		{"a heading two blank lines up is another section", "Languages\n\n\nEnglish, Hindi", []rule{
			{"english", "English", "ignored: 'English' starts a sentence with no skill nearby", false}}},
		{"a list with more text below it", "Languages\nEnglish, Hindi\n\nExperience\nWe built a platform for clinics in three countries with a small team and no budget at all", []rule{
			{"english", "English", "counted: listed under 'Languages'", true}}},
		{"the nearest heading decides", "Business languages\nCompany type:\nEnglish", []rule{
			{"english", "English", "ignored: 'English' starts a sentence with no skill nearby", false}}},
		{"a heading without the context word", "Hobbies\nEnglish, Hindi", []rule{
			{"english", "English", "ignored: 'English' starts a sentence with no skill nearby", false}}},
		{"a long heading is a sentence", "Our working languages are many\nEnglish, Hindi", []rule{
			{"english", "English", "ignored: 'English' starts a sentence with no skill nearby", false}}},
		{"soft skill capitalised", "our Research team", []rule{{"research", "Research", "ignored: capitalised 'Research' names no soft skill by itself; no skill context", false}}},
		{"soft skill with qualifier", "qualitative Research", []rule{{"research", "Research", "counted: next to 'qualitative'", true}}},
		{"inside a capitalised name", "we joined the Institute of Go and Chess", []rule{{"go", "Go", "ignored: 'Go' is part of the name 'Institute of Go'", false}}},
		{"name continued by and", "the Institute of Chess and Go", []rule{{"go", "Go", "ignored: 'Go' is part of the name 'Institute of Chess and Go'", false}}},
		{"sentence capital before of is no name", "Knowledge of Go is a plus", []rule{{"go", "Go", "counted: written 'Go' mid-sentence", true}}},
		{"names side by side", "Scala Java Go", []rule{{"go", "Go", "counted: listed with Java", true}}},
		{"names side by side both ways", "Java Spring Python", []rule{{"spring", "Spring", "counted: listed with Java, Python", true}}},
		{"two names side by side are one name", "Java Spring", []rule{{"spring", "Spring", "ignored: 'Spring' is part of a capitalised phrase with no skill nearby", false}}},
		{"a technology-shaped name beside is a list", "services in Go C# and more", []rule{{"go", "Go", "counted: listed with C#", true}}},
		{"an abbreviation's dot ends no sentence", "tools (e.g. Go) matter", []rule{{"go", "Go", "counted: written 'Go' mid-sentence", true}}},
		{"etc. may end a sentence", "Docker etc. Go to our site", []rule{{"go", "Go", "ignored: 'Go' starts a sentence with no skill nearby", false}}},
		{"a sentence's first word is capitalised by position", "Strong Go skills", []rule{{"go", "Go", "counted: written 'Go' mid-sentence", true}}},
		{"so is a bullet's, even a rejected skill's", "- Solid Go experience", []rule{
			{"go", "Go", "counted: written 'Go' mid-sentence", true},
			{"solid", "Solid", "ignored: 'Solid' is not written 'SOLID'", false}}},
		{"a capital mid-sentence still makes a name", "visit Strong Go Labs", []rule{{"go", "Go", "ignored: 'Go' is part of a capitalised phrase with no skill nearby", false}}},
		{"side by side needs a capitalised name", "Java led nobody", []rule{{"leadership", "led", "ignored: no skill context", false}}},
		{"side by side is no list for a soft skill", "Java Research fellows", []rule{{"research", "Research", "ignored: capitalised 'Research' names no soft skill by itself; no skill context", false}}},
		{"letter and digit is a level, not a version", "C2 level, grade C1", nil},
		{"two digits are a version", "C11 code", []rule{{"c", "C", "counted: followed by version 11", true}}},
		{"hyphenated like spaced", "our Product-Design work", []rule{{"pd", "Product-Design", "counted: written 'Product-Design' mid-sentence", true}}},
		{"hyphenated capitalisation checked", "our Product-design team", []rule{{"pd", "Product-design", "ignored: 'Product-design' is not written 'Product Design'", false}}},
		{"compound going on past the surface", "our Product-Design-first plan", []rule{{"pd", "Product-Design", "ignored: 'Product-Design' is part of a hyphenated word", false}}},
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
		// A bullet or a list number of any shape starts a sentence.
		{"star bullet", "* Go is fun", []rule{{"go", "Go", "ignored: 'Go' starts a sentence with no skill nearby", false}}},
		{"list number", "2) Go home", []rule{{"go", "Go", "ignored: 'Go' starts a sentence with no skill nearby", false}}},
		{"en dash", "our plan – Go big", []rule{{"go", "Go", "ignored: 'Go' starts a sentence with no skill nearby", false}}},
		{"a bullet mark after a word starts one too", "we love * Go", []rule{{"go", "Go", "ignored: 'Go' starts a sentence with no skill nearby", false}}},
		{"a number is no bullet mid-sentence", "we run 3 Go services", []rule{{"go", "Go", "counted: written 'Go' mid-sentence", true}}},
		// A common noun listed in lower case: capitals are no evidence.
		{"common noun capitalised", "we do Monitoring daily", []rule{{"monitoring", "Monitoring", "ignored: capitalised 'Monitoring' is a common noun (listed in lower case); no skill context", false}}},
		{"common noun lower case", "we do monitoring daily", []rule{{"monitoring", "monitoring", "ignored: no skill context", false}}},
		{"common noun with qualifier", "Monitoring with Prometheus", []rule{{"monitoring", "Monitoring", "counted: next to 'Prometheus'", true}}},
		{"lower-case common noun joins a list as a whole item", "Python and monitoring, SQL", []rule{{"monitoring", "monitoring", "counted: listed with Python, SQL", true}}},
		{"lower-case common noun inside an item joins no list", "Python and monitoring dashboards, SQL", []rule{{"monitoring", "monitoring", "ignored: no skill context", false}}},
		{"common noun listed", "Python, Monitoring", []rule{{"monitoring", "Monitoring", "counted: listed with Python", true}}},
		{"common noun in any case", "MONITORING with prometheus", []rule{{"monitoring", "MONITORING", "counted: next to 'prometheus'", true}}},
		// A team's name.
		{"team name", "ask our Go team", []rule{{"go", "Go", "ignored: 'Go team' names a team, not the skill; no skill context", false}}},
		{"department name", "the Rust department says", []rule{{"rust", "Rust", "ignored: 'Rust department' names a team, not the skill; no skill context", false}}},
		{"team with a qualifier", "our Go developer team", []rule{{"go", "Go", "counted: next to 'developer'", true}}},
		{"team word not next to it", "a Go codebase for the team", []rule{{"go", "Go", "counted: written 'Go' mid-sentence", true}}},
		{"unit tests are no team", "we write Go unit tests", []rule{{"go", "Go", "counted: written 'Go' mid-sentence", true}}},
		// A capitalised phrase joined by and/&.
		{"phrase after and", "the Rust and Sons Board", []rule{{"rust", "Rust", "ignored: 'Rust' is part of a capitalised phrase with no skill nearby", false}}},
		{"phrase after &", "join the Go & Chess Team", []rule{{"go", "Go", "ignored: 'Go' is part of a capitalised phrase with no skill nearby", false}}},
		{"phrase after and with a team word", "the Go and Chess team", []rule{{"go", "Go", "ignored: 'Go' is part of a capitalised phrase with no skill nearby", false}}},
		{"one capital after and is a list item", "we use Go and Bazel daily", []rule{{"go", "Go", "counted: written 'Go' mid-sentence", true}}},
		{"two hits joined by and", "we write Go and Rust daily", []rule{
			{"go", "Go", "counted: written 'Go' mid-sentence", true},
			{"rust", "Rust", "counted: written 'Rust' mid-sentence", true}}},
		// The verb: "at"/"in" and a gerund or a counted lower-case skill.
		{"verb before a gerund", "you will Excel at building things", []rule{{"excel", "Excel", "ignored: 'Excel' reads as the verb before 'at building'", false}}},
		{"verb before a soft skill", "tasks Excel in collaboration", []rule{{"excel", "Excel", "ignored: 'Excel' reads as the verb before 'in collaboration'", false}}},
		{"tool in a hard skill", "we use Rust in code review", []rule{{"rust", "Rust", "counted: written 'Rust' mid-sentence", true}}},
		{"tool before a plain noun", "we use Excel in daily work", []rule{{"excel", "Excel", "counted: written 'Excel' mid-sentence", true}}},
		{"tool before a capitalised noun", "we use Excel in Finance reports", []rule{{"excel", "Excel", "counted: written 'Excel' mid-sentence", true}}},
		{"tool before a determiner", "we use Excel at an expert level", []rule{{"excel", "Excel", "counted: written 'Excel' mid-sentence", true}}},
		{"a qualifier wins over the verb", "pivot tables Excel at building time", []rule{{"excel", "Excel", "counted: next to 'pivot'", true}}},
		{"tool at scale", "we run Go at scale", []rule{{"go", "Go", "counted: written 'Go' mid-sentence", true}}},
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

// TestUnglueSameAsRewalk checks that walking again only the lines of the
// rejected glued words gives what a whole second view and walk would.
func TestUnglueSameAsRewalk(t *testing.T) {
	m := mustCompile(t, testDict())
	// AzureDistributed and MachineTerraform are rejected glued words: every
	// piece is a known word, but "Distributed" and "Machine" match nothing alone.
	words := []string{"AzureTerraform", "AzureDistributed", "MachineTerraform", "Systems", "Learning", "PythonGo", "RabbitMQTerraform",
		"Go", "Python", "machine-learning", "front-end", "developer", "Spring", "Boot", "and", ",", "\n", "Azure", "DDD", "(DDD)",
		"Domain-Driven", "Design", "machine", "learning", "distributed", "systems",
		// Wrapped terms, to check the joins too.
		"machine\nlearning", "distributed\nsystems", "Distributed\nSystems", "AzureDistributed\nsystems", "Spring\nBoot",
		// Column gaps and bars, so joins follow columns too.
		"    ", "|", "Spring    Azure\nBoot", "machine      Go\nlearning"}
	r := rand.New(rand.NewPCG(3, 4))
	checked, joined := 0, 0
	for range 2000 {
		var b strings.Builder
		for range 1 + r.IntN(25) {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(' ')
		}
		text := b.String()
		toks := tokenize.Tokenize(text)
		view, _ := m.view(toks, nil)
		var w wraps
		w.reset(text, view)
		cands := m.walk(view, 0, len(view), nil, &w)
		bad := badGlued(view, clearlyCovered(len(view), cands, w.joins))
		if len(bad) == 0 {
			continue
		}
		wantView, _ := m.view(toks, bad)
		var ww wraps
		ww.reset(text, wantView)
		want := m.walk(wantView, 0, len(wantView), nil, &ww)
		checked++
		if len(ww.joins) > 0 || len(w.joins) > 0 {
			joined++
		}
		gotView, got := m.unglue(toks, view, cands, bad, &w)
		if len(got) == 0 && len(want) == 0 {
			got, want = nil, nil
		}
		if !slices.Equal(ww.gaps, w.gaps) {
			t.Fatalf("unglue(%q) gaps %v, a fresh view has %v", text, w.gaps, ww.gaps)
		}
		if reflect.DeepEqual(wantView, gotView) && reflect.DeepEqual(want, got) && slices.Equal(ww.joins, w.joins) {
			continue // the fast path; cmp below only to explain a difference
		}
		opts := []cmp.Option{cmp.AllowUnexported(vtok{}, cand{}, entry{}, join{}), cmpopts.EquateEmpty()}
		if diff := cmp.Diff(wantView, gotView, opts...); diff != "" {
			t.Fatalf("unglue(%q) view mismatch (-full +unglue):\n%s", text, diff)
		}
		if diff := cmp.Diff(want, got, opts...); diff != "" {
			t.Fatalf("unglue(%q) candidates mismatch (-full +unglue):\n%s", text, diff)
		}
		if diff := cmp.Diff(ww.joins, w.joins, opts...); diff != "" {
			t.Fatalf("unglue(%q) joins mismatch (-full +unglue):\n%s", text, diff)
		}
	}
	if checked < 500 || joined < 200 {
		t.Fatalf("only %d texts had a rejected glued word, %d of them a join", checked, joined)
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

func TestInflected(t *testing.T) {
	tests := []struct {
		n, w string
		want bool
	}{
		{"fluent", "fluent", true},
		{"fluently", "fluent", true},
		{"developers", "developer", true},
		{"speaks", "speak", true},
		{"trained", "train", true},
		{"englishman", "english", false}, // not an inflectional ending
		{"flu", "fluent", false},
		{"hr", "hr", true},
		{"hrs", "hr", false}, // two letters take no ending: hours, not HR
		{"going", "go", false},
		{"c1s", "c1", false},
	}
	for _, tt := range tests {
		if got := inflected(tt.n, tt.w); got != tt.want {
			t.Errorf("inflected(%q, %q) = %v, want %v", tt.n, tt.w, got, tt.want)
		}
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
	// The capitalised-name scan back is bounded too: only the first few
	// Go's are close enough to "Institute of" to be read as part of it.
	in = "the Institute of " + strings.Repeat("Go and ", 50000) + "Chess"
	r = run(m, in)
	if len(r.Matches) != 49996 || len(r.Rejected) != 4 {
		t.Fatalf("long and-chain: %d matches, %d rejected; want 49996, 4", len(r.Matches), len(r.Rejected))
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
