package match

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// defaultMatcher is the shared Matcher of the embedded dictionary.
func defaultMatcher(t testing.TB) *Matcher {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatalf("match.Default: %v", err)
	}
	return m
}

// ids lists the matched term IDs of r.
func ids(r Result) []string {
	out := []string{}
	for _, m := range r.Matches {
		out = append(out, m.TermID)
	}
	return out
}

// TestFalsePositives holds ordinary English that names no skill. A few
// phrases are real skills in the dictionary (go-to-market): they are
// listed in want, so the test still proves the ambiguous word inside them
// did not count on its own. "team player" is left out: the dictionary
// lists it as a soft skill on purpose.
func TestFalsePositives(t *testing.T) {
	m := defaultMatcher(t)
	tests := []struct {
		in   string
		want []string
	}{
		{"go to market", []string{"go-to-market"}},
		{"we go the extra mile", nil},
		{"R&D budget", nil},
		{"C-level executives", nil},
		{"express interest in", nil},
		{"swift delivery", nil},
		{"rust belt", nil},
		{"spring semester", nil},
		{"excel at", nil},
		{"ruby red", nil},
		{"access the building", nil},
		{"word of mouth", nil},
		{"outlook is positive", nil},
		{"sales teams", nil},
		{"a blank canvas", nil},
		{"sous chef", nil},
		{"puppet show", nil},
		{"a pinch of salt", nil},
		{"spark joy", nil},
		{"flask of tea", nil},
		{"next step", nil},
		{"node in a graph", nil},
		{"unity of purpose", nil},
		// Processing (the language) does not count; the phrase names
		// the work of Payment Processing (phrases.go).
		{"processing payments", []string{"payment-processing"}},
		{"blueprint for growth", nil},
		{"bootstrap a startup", nil},
		{"shell out", nil},
		{"giant pandas", nil},
		{"dynamic environment", nil},
		{"Go to the store. Express delivery. Swift action. Spring is here.", nil},
		{"the Rust Belt and Sales Teams", nil},
		{"Please apply in English.", nil},
		{"Our HR portal; ask HR managers", nil},
		{"the Danish office and the Finnish market", nil},
		{"the Department of Research and Innovation", nil},
		{"grades from C1 to C2", nil},
		// A position that leads to a degree is not the degree (not_before).
		{"There are two PhD students in the department.", nil},
		{"A 3-year PhD scholarship is available.", nil},
		{"the PhD programme of the faculty; see the PhD Guide", nil},
		{"a PhD position, a PhD project, a PhD fellowship and a PhD stipend", nil},
		{"Master's students and Bachelor's students", nil},
		// Capitals that are no evidence: a bullet start, a team's name, a
		// capitalised phrase, the verb "excel".
		{"* Monitoring of servers\n2) Recruitment of staff", nil},
		{"ask our Go team", nil},
		{"the Swift and Sons Board", nil},
		{"tasks Excel at building friendships", nil},
		// Negated requirements.
		{"you do not have to be able to speak Danish", nil},
		{"No Java experience required.", nil},
		{"German is not required.", nil},
		{"You can apply without prior SAP knowledge.", nil},
		{"No Domain-Driven Design (DDD) experience required.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			want := tt.want
			if want == nil {
				want = []string{}
			}
			if diff := cmp.Diff(want, ids(run(m, tt.in))); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestTruePositives(t *testing.T) {
	m := defaultMatcher(t)
	tests := []struct {
		in   string
		want []string
	}{
		{"Go, Rust and Python", []string{"go", "rust", "python"}},
		{"Golang", []string{"go"}},
		{"Go 1.22", []string{"go"}},
		{"Microsoft Excel", []string{"microsoft-excel"}},
		{"Swift/Objective-C", []string{"swift", "objective-c"}},
		{"Express.js", []string{"expressjs"}},
		{"Node.js, Express", []string{"nodejs", "expressjs"}},
		{"R, Python, SQL", []string{"r", "python", "sql"}},
		{"C#", []string{"csharp"}},
		{"C++", []string{"cpp"}},
		{".NET", []string{"dotnet"}},
		{"CI/CD", []string{"ci-cd"}},
		{"ASP.NET Core", []string{"aspnet-core"}},
		{"A/B testing", []string{"ab-testing"}},
		{"TCP/IP", []string{"tcp-ip"}},
		{"AzureDistributed Systems.NETPostgresRabbitMQTerraform", []string{"azure", "distributed-systems", "dotnet", "postgresql", "rabbitmq", "terraform"}},
		{"machine-learning models", []string{"machine-learning"}},
		{"amazon-web-services", []string{"aws"}},
		{"spring-boot", []string{"spring-boot"}},
		{"fluent in English", []string{"english-language"}},
		{"English (C1)", []string{"english-language"}},
		{"Scala Java Go", []string{"scala", "java", "go"}},
		{"PhD in physics", []string{"phd", "physics"}}, // the degree and its field
		{"a PhD degree or a Doctorate", []string{"phd", "phd"}},
		{"Java is nice to have, not required for Python", []string{"java", "python"}},
		{"not only Java but also Python", []string{"java", "python"}},
		{"including but not limited to C#, C++, .NET, Node.js and CI/CD", []string{"csharp", "cpp", "dotnet", "nodejs", "ci-cd"}},
		// "(DDD)" right after the term is the same mention, not a second one.
		{"Domain-Driven Design (DDD); DDD", []string{"domain-driven-design", "domain-driven-design"}},
		{"Without PostgreSQL experience you will struggle", []string{"postgresql"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ids(run(m, tt.in))); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestProse checks that plain English using every ambiguous word as a
// word yields no skill at all.
func TestProse(t *testing.T) {
	b, err := os.ReadFile("testdata/prose.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := defaultMatcher(t)
	r := run(m, string(b))
	for _, x := range r.Matches {
		t.Errorf("prose line %d: %q matched %s (%s, %s)", x.Line, x.Surface, x.TermID, x.How, x.Rule)
	}
	if len(r.Rejected) == 0 {
		t.Error("prose: no rejections, so the ambiguous words were not even considered")
	}
}
