package match

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestRuleIDs reaches every rule once, on text of its own, and checks the
// id, the verdict and the reason: the id is what reports carry as rule_id.
func TestRuleIDs(t *testing.T) {
	d := excludeDict()
	m := mustCompile(t, d)
	tests := []struct {
		in      string
		surface string
		id      RuleID
		reason  string
	}{
		{"strong Go developer", "Go", ContextQualifier, "next to 'developer'"},
		{"Go 1.22 services", "Go", ContextVersion, "followed by version 1.22"},
		{"Go, Rust and Python", "Rust", ContextList, "listed with Python"},
		{"LANGUAGES\nEnglish, Hindi", "English", ContextHeading, "listed under 'LANGUAGES'"},
		{"we build services in Go today", "Go", ContextCapitals, "written 'Go' mid-sentence"},
		{"Machine Learning Operations (MLO). MLO tools", "MLO", ContextDeclared, "declared earlier as an acronym"},
		{"advanced knowledge of excel", "excel", ContextSkillWord, "asked for as a skill ('knowledge of excel')"},
		{"we go the extra mile", "go", OrdinaryLowercase, "lowercase 'go' reads as an ordinary word"},
		{"GO team", "GO", OrdinaryCase, "'GO' is not written 'Go'"},
		{"grade C work", "C", OrdinaryLetter, "single letter 'C' with no skill context"},
		{"our Go-to-market plan", "Go", OrdinaryCompound, "'Go' is part of a hyphenated word"},
		{"Express interest by Friday.", "Express", OrdinarySentenceStart, "'Express' starts a sentence with no skill nearby"},
		{"we do Monitoring daily", "Monitoring", OrdinaryCommonNoun, "capitalised 'Monitoring' is a common noun (listed in lower case); no skill context"},
		{"we do monitoring daily", "monitoring", OrdinaryNoContext, "no skill context"},
		{"you will Excel at building things", "Excel", OrdinaryVerb, "'Excel' reads as the verb before 'at building'"},
		{"our HR portal", "HR", CapitalsInitialism, "'HR' is an acronym written in capitals anyway; no skill context"},
		{"Please apply in English.", "English", CapitalsProperNoun, "'English' is a proper noun written in capitals anyway; no skill context"},
		{"our Research team", "Research", CapitalsSoftSkill, "capitalised 'Research' names no soft skill by itself; no skill context"},
		{"the Rust Belt economy", "Rust", CapitalsPhrase, "'Rust' is part of a capitalised phrase with no skill nearby"},
		{"the Go and Chess team", "Go", CapitalsPhrase, "'Go' is part of a capitalised phrase with no skill nearby"},
		{"we joined the Institute of Go and Chess", "Go", CapitalsName, "'Go' is part of the name 'Institute of Go'"},
		{"ask our Go team", "Go", CapitalsTeam, "'Go team' names a team, not the skill; no skill context"},
		{"a PhD student", "PhD", ExcludeNotBefore, "followed by 'student'"},
		{"an executive MBA", "MBA", ExcludeNotAfter, "preceded by 'executive'"},
		{"No Java experience required.", "Java", ExcludeNegated, "negated ('not required')"},
		{"we joined Brightline Python, Inc. in May", "Python", ExcludeCompany, "part of the company name 'Brightline Python, Inc.'"},
		{"she managed a team of six", "managed a team", PhraseVerbObject, "'managed a team' is People Management"},
		{"write unit and integration tests", "unit", PhraseCoordinated, "'unit and integration tests' reads as Unit Testing"},
		{"our Hiring Roadmap (HR) is public", "HR", ExcludeAcronymOf, "'HR' is the acronym of 'Hiring Roadmap' beside it"},
	}
	seen := map[RuleID]bool{}
	for _, tt := range tests {
		r := run(m, tt.in)
		var got []Rule
		for _, x := range r.Matches {
			if x.Surface == tt.surface && x.Rule != nil {
				got = append(got, *x.Rule)
			}
		}
		for _, x := range r.Rejected {
			if x.Surface == tt.surface {
				got = append(got, *x.Rule)
			}
		}
		if want := []Rule{{tt.id, tt.reason}}; !slices.Equal(got, want) {
			t.Errorf("Match(%q) rules of %q = %+v; want %+v", tt.in, tt.surface, got, want)
		}
		seen[tt.id] = true
	}
	for _, id := range RuleIDs {
		if !seen[id] {
			t.Errorf("rule %s is reached by no case", id)
		}
	}
}

func TestRuleString(t *testing.T) {
	tests := []struct {
		r    Rule
		want string
	}{
		{Rule{}, ""},
		{Rule{ID: NoRule, Reason: "x"}, ""},
		{Rule{ContextList, "listed with Python, Rust"}, "counted: listed with Python, Rust"},
		{Rule{OrdinaryLowercase, "lowercase 'go' reads as an ordinary word"}, "ignored: lowercase 'go' reads as an ordinary word"},
		{Rule{ExcludeNegated, "negated ('not required')"}, "ignored: negated ('not required')"},
	}
	for _, tt := range tests {
		if got := tt.r.String(); got != tt.want {
			t.Errorf("%+v.String() = %q; want %q", tt.r, got, tt.want)
		}
	}
}

// TestRuleIDsShape: ids are stable API, dotted and lower case, each once;
// only context.* and phrase.* rules count; every constant is in the table.
func TestRuleIDsShape(t *testing.T) {
	seen := map[RuleID]bool{}
	for _, id := range RuleIDs {
		s := id.String()
		group, name, ok := strings.Cut(s, ".")
		if !ok || group == "" || name == "" || strings.Trim(s, "abcdefghijklmnopqrstuvwxyz.-") != "" {
			t.Errorf("rule id %q is not dotted lower case", s)
		}
		if seen[id] {
			t.Errorf("rule id %q listed twice", s)
		}
		seen[id] = true
		if id.Counts() != (group == "context" || group == "phrase") {
			t.Errorf("rule %s: Counts() = %v", s, id.Counts())
		}
	}
	if NoRule.String() != "" || NoRule.Counts() || RuleID(len(ruleTable)).String() != "" {
		t.Errorf("NoRule and an id past the table must have no id and not count")
	}
}

// TestRuleIDsDocumented: docs/output-formats.md lists every rule id.
func TestRuleIDsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/output-formats.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range RuleIDs {
		if !strings.Contains(string(doc), "`"+id.String()+"`") {
			t.Errorf("docs/output-formats.md does not list rule id `%s`", id)
		}
	}
}
