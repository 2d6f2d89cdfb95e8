package match

import (
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/google/go-cmp/cmp"
)

// wrapDict holds multi-word terms to break across lines, and the words
// that make them, so a wrong join shows as a wrong term.
func wrapDict() *keywords.Dict {
	return &keywords.Dict{Version: "wrap", Terms: []keywords.Term{
		{ID: "ml", Name: "Machine Learning", Kind: keywords.Hard},
		{ID: "st", Name: "Strategic Thinking", Kind: keywords.Soft},
		{ID: "pm", Name: "Project Management", Kind: keywords.Hard},
		{ID: "management", Name: "Management", Kind: keywords.Soft},
		{ID: "sales", Name: "Sales", Kind: keywords.Hard},
		{ID: "sm", Name: "Sales Management", Kind: keywords.Hard},
		{ID: "python", Name: "Python", Kind: keywords.Hard},
		{ID: "java", Name: "Java", Kind: keywords.Hard},
		{ID: "rtl", Name: "React Testing Library", Kind: keywords.Hard},
		{ID: "react", Name: "React", Kind: keywords.Hard},
		{ID: "cypress", Name: "Cypress", Kind: keywords.Hard},
		{ID: "lm", Name: "Library Management", Kind: keywords.Hard},
		{ID: "jpa", Name: "Spring Data JPA", Kind: keywords.Hard},
		{ID: "spring-data", Name: "Spring Data", Kind: keywords.Hard},
		{ID: "spring-boot", Name: "Spring Boot", Kind: keywords.Hard},
		{ID: "compose", Name: "Docker Compose", Kind: keywords.Hard},
		{ID: "docker", Name: "Docker", Kind: keywords.Hard},
		{ID: "aws", Name: "AWS", Kind: keywords.Hard},
		{ID: "grid", Name: "Layout & Grid Systems", Kind: keywords.Hard},
		{ID: "accruals", Name: "Month-End Accruals", Kind: keywords.Hard},
		{ID: "grilling", Name: "Wood-Fired Grilling", Kind: keywords.Hard},
		{ID: "rnd", Name: "Research and Development", Kind: keywords.Hard},
		{ID: "gcp", Name: "Google Cloud Platform", Kind: keywords.Hard},
		{ID: "google-cloud", Name: "Google Cloud", Kind: keywords.Hard},
		{ID: "de", Name: "Data Engineering", Kind: keywords.Hard},
		{ID: "em", Name: "Engineering Management", Kind: keywords.Hard},
		{ID: "pd", Name: "Product Design", Kind: keywords.Hard, Ambiguous: []string{"Product Design"}, Context: []string{"figma"}},
		{ID: "figma", Name: "Figma", Kind: keywords.Hard},
	}}
}

// wrapHit is a match with its line.
type wrapHit struct {
	ID, Surface string
	Line        int
}

func wrapHits(r Result) []wrapHit {
	out := []wrapHit{}
	for _, m := range r.Matches {
		out = append(out, wrapHit{m.TermID, m.Surface, m.Line})
	}
	return out
}

func TestLineWraps(t *testing.T) {
	m := mustCompile(t, wrapDict())
	tests := []struct {
		name string
		in   string
		want []wrapHit
	}{
		// A term goes on across one line break inside a paragraph, a list item or a cell.
		{"prose wrap", "Exceptional leadership skills, strategic\nthinking, and a record", []wrapHit{{"st", "strategic thinking", 1}}},
		{"PDF wrap before a capital", "Five years of applied research in Machine\nLearning for retail", []wrapHit{{"ml", "Machine Learning", 1}}},
		{"bullet continued on an indented line", "• Built pipelines and trained models with machine\n  learning on the cloud", []wrapHit{{"ml", "machine learning", 1}}},
		{"a word an item cannot end on", "Research and\nDevelopment budget", []wrapHit{{"rnd", "Research and Development", 1}}},
		{"a hyphen breaking the word", "Ran services with docker-\ncompose and kept them alive", []wrapHit{{"compose", "docker-compose", 1}}},
		{"first column, hyphen break", "Containers: Docker, docker-      Cloud: AWS\ncompose                          Logs: Loki", []wrapHit{
			{"docker", "Docker", 1}, {"compose", "docker-compose", 1}, {"aws", "AWS", 1}}},
		{"second column into the same column", "React • Python               Jest • React Testing\nJava • Sass                  Library • Cypress", []wrapHit{
			{"react", "React", 1}, {"python", "Python", 1}, {"rtl", "React Testing Library", 1}, {"java", "Java", 2}, {"cypress", "Cypress", 2}}},
		{"a list cell with no comma at the break", "Frameworks: Spring Boot, Spring Data      Messaging: Kafka\nJPA, Hibernate                           Tools: Docker", []wrapHit{
			{"spring-boot", "Spring Boot", 1}, {"jpa", "Spring Data JPA", 1}, {"docker", "Docker", 2}}},
		{"a bar table's last cell into the next line's first", "Vendor reconciliation  |  Sales    |  Month-end\naccruals               |  Python   |  Typing", []wrapHit{
			{"sales", "Sales", 1}, {"accruals", "Month-end accruals", 1}, {"python", "Python", 2}}},
		{"a continuation starting with '&'", "Figma • Python        Typography • Layout\nJava • Sales          & grid systems", []wrapHit{
			{"figma", "Figma", 1}, {"python", "Python", 1}, {"grid", "Layout & grid systems", 1}, {"java", "Java", 2}, {"sales", "Sales", 2}}},
		{"first column into the same column", "Charcoal & wood-fired       Butchery (lamb,\ngrilling                     beef, poultry)", []wrapHit{{"grilling", "wood-fired grilling", 1}}},
		{"a lone double space is crossed", "applied Machine  Learning", []wrapHit{{"ml", "Machine  Learning", 1}}},

		// Never across a heading, a blank line, a new bullet, a separator or a sentence end.
		{"one short item a line", "Skills\nSales\nManagement\nPython\nJava", []wrapHit{{"sales", "Sales", 2}, {"management", "Management", 3}, {"python", "Python", 4}, {"java", "Java", 5}}},
		{"a short heading over a capitalised line", "Project\nManagement tools we use", []wrapHit{{"management", "Management", 2}}},
		{"a heading after a line that lost its full stop", "solved problems that arose during sales\nManagement\nRan the weekly review", []wrapHit{{"sales", "sales", 1}, {"management", "Management", 2}}},
		{"the same words capitalised alike go on", "solved problems that arose during Sales\nManagement reviews", []wrapHit{{"sm", "Sales Management", 1}}},
		{"the same words in lower case go on", "solved problems that arose during sales\nmanagement reviews", []wrapHit{{"sm", "sales management", 1}}},
		{"a heading in capitals", "STRATEGIC\nthinking matters", []wrapHit{}},
		{"into a heading in capitals", "we value strategic\nTHINKING AHEAD", []wrapHit{}},
		{"blank line", "we value strategic\n\nthinking", []wrapHit{}},
		{"sentence end", "our plan is strategic.\nthinking comes later", []wrapHit{}},
		{"comma", "Python, Machine,\nLearning", []wrapHit{{"python", "Python", 1}}},
		{"colon", "Machine:\nlearning", []wrapHit{}},
		{"new bullet", "• worked on machine\n• learning systems", []wrapHit{}},
		{"new dash bullet", "- worked on machine\n- learning systems", []wrapHit{}},
		{"new numbered item", "1. worked on machine\n2. learning systems", []wrapHit{}},
		{"a hyphen breaks only a word that goes on in lower case", "built on docker-\nCompose files", []wrapHit{{"docker", "docker", 1}}},
		{"one break only", "React\ntesting\nlibrary", []wrapHit{{"react", "React", 1}}},
		{"a wide gap on one line is a column", "applied Machine      Learning", []wrapHit{}},
		{"a first column never continues in the second", "Languages: Python, Machine      Tools: Java\nSales                            Learning", []wrapHit{
			{"python", "Python", 1}, {"java", "Java", 1}, {"sales", "Sales", 2}}},
		{"a middle column never continues in the next line's first", "Python      Sales Machine      Java\nLearning    Cypress            React", []wrapHit{
			{"python", "Python", 1}, {"sales", "Sales", 1}, {"java", "Java", 1}, {"cypress", "Cypress", 2}, {"react", "React", 2}}},

		// A token counts once: a word a join used starts no other match.
		{"continuation used by a column join", "Python       Jest • React Testing\nSales        Library Management", []wrapHit{
			{"python", "Python", 1}, {"rtl", "React Testing Library", 1}, {"sales", "Sales", 2}, {"management", "Management", 2}}},
		{"longest match decides as on one line", "five years of Data\nEngineering Management", []wrapHit{{"de", "Data Engineering", 1}, {"management", "Management", 2}}},
		{"a longer term on the next line wins its words", "Deployed the services and pipelines on Google Cloud\nPlatform with Terraform", []wrapHit{{"gcp", "Google Cloud Platform", 1}}},
		{"a short line over a capital is an item, even of a longer term", "Google Cloud\nPlatform certified", []wrapHit{{"google-cloud", "Google Cloud", 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, wrapHits(run(m, tt.in))); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestWrapRulesAsIfAdjacent checks that a term broken by a line wrap gets
// the verdict, rule and neighbours it gets unbroken: the context rules
// read its words side by side.
func TestWrapRulesAsIfAdjacent(t *testing.T) {
	m := mustCompile(t, wrapDict())
	for _, s := range []string{
		"led product design in Figma for the new app",    // a qualifier after the break
		"we redid the product design last spring",        // lower case: an ordinary phrase
		"in Figma we led Product Design for two years",   // a qualifier before it
		"The team owns Product Design and the roadmap",   // capitals mid-sentence
		"worked on Product Design, Figma and React apps", // a list
	} {
		at := strings.Index(strings.ToLower(s), "product design") + len("product")
		wrapped := s[:at] + "\n" + s[at+1:]
		if diff := cmp.Diff(verdicts(run(m, s)), verdicts(run(m, wrapped))); diff != "" {
			t.Errorf("Match(%q) differs from Match(%q) (-one line +wrapped):\n%s", wrapped, s, diff)
		}
	}
}

// verdicts are the matches and rejections with their rules, lines aside.
func verdicts(r Result) []string {
	var out []string
	for _, x := range r.Matches {
		out = append(out, "+ "+x.TermID+" "+x.Surface+" "+x.Rule.String())
	}
	for _, x := range r.Rejected {
		out = append(out, "- "+x.TermID+" "+x.Surface+" "+x.Rule.String())
	}
	return out
}

// TestWrapEvidence checks a joined match's position: Line is its first
// line, Start and End span both parts, text order holds.
func TestWrapEvidence(t *testing.T) {
	m := mustCompile(t, wrapDict())
	in := "Python       Jest • React Testing\nSales        Library • Cypress"
	r := run(m, in)
	var got []string
	for _, x := range r.Matches {
		got = append(got, x.TermID+" "+in[x.Start:x.End])
		if x.TermID == "rtl" && (x.Line != 1 || x.Surface != "React Testing Library") {
			t.Errorf("joined match %+v, want line 1, surface 'React Testing Library'", x)
		}
	}
	want := []string{"python Python", "rtl React Testing\nSales        Library", "sales Sales", "cypress Cypress"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Match(%q) spans mismatch (-want +got):\n%s", in, diff)
	}
}
