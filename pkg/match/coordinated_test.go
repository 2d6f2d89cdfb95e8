package match

import (
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/google/go-cmp/cmp"
)

// coordDict has test kinds spelled "<word> tests", a soft skill spelled
// "<word> communication", and terms a modifier must not be taken from.
func coordDict() *keywords.Dict {
	return &keywords.Dict{Version: "test", Terms: []keywords.Term{
		{ID: "unit-testing", Name: "Unit Testing", Kind: keywords.Hard, Aliases: []string{"Unit Tests"}},
		{ID: "integration-testing", Name: "Integration Testing", Kind: keywords.Hard, Aliases: []string{"Integration Tests"}},
		{ID: "contract-testing", Name: "Contract Testing", Kind: keywords.Hard, Aliases: []string{"Contract Tests"}},
		{ID: "e2e", Name: "End-to-End Testing", Kind: keywords.Hard, Aliases: []string{"End-to-End Tests"}},
		{ID: "smoke-testing", Name: "Smoke Testing", Kind: keywords.Hard, Aliases: []string{"Smoke Tests"}, Ambiguous: []string{"Smoke Tests"}, Context: []string{"deploy"}},
		{ID: "written-communication", Name: "Written Communication", Kind: keywords.Soft},
		{ID: "verbal-communication", Name: "Verbal Communication", Kind: keywords.Soft},
		{ID: "java", Name: "Java", Kind: keywords.Hard},
		{ID: "spring-boot", Name: "Spring Boot", Kind: keywords.Hard},
		{ID: "java-boot", Name: "Java Boot", Kind: keywords.Hard},
		{ID: "lighting-systems", Name: "Lighting Systems", Kind: keywords.Hard, Category: "trades"},
		{ID: "power-systems", Name: "Power Systems", Kind: keywords.Hard, Category: "engineering"},
		{ID: "alarm-systems", Name: "Alarm Systems", Kind: keywords.Hard, Category: "trades"},
		// Listed in the singular: the plural reads as written too.
		{ID: "clinical-checking", Name: "Clinical Checking", Kind: keywords.Hard, Aliases: []string{"Clinical Check"}, Category: "pharmacy"},
		{ID: "accuracy-checking", Name: "Accuracy Checking", Kind: keywords.Hard, Aliases: []string{"Accuracy Check"}, Category: "pharmacy"},
		{ID: "drug-review", Name: "Drug Review", Kind: keywords.Hard, Forms: []string{"drug reviewed"}, Category: "pharmacy"},
	}}
}

// TestCoordinated: a modifier coordinated with a hit's first word makes a
// hit of the term it spells; a covered word, a soft skill, an ambiguous
// surface, another line and plain lists do not.
func TestCoordinated(t *testing.T) {
	m := mustCompile(t, coordDict())
	tests := []struct {
		in   string
		want []hit
	}{
		{"Write unit and integration tests", []hit{{"unit-testing", "unit", Alias}, {"integration-testing", "integration tests", Alias}}},
		{"unit or integration tests", []hit{{"unit-testing", "unit", Alias}, {"integration-testing", "integration tests", Alias}}},
		{"unit/integration tests", []hit{{"unit-testing", "unit", Alias}, {"integration-testing", "integration tests", Alias}}},
		{"Unit, contract and integration tests", []hit{{"unit-testing", "Unit", Alias}, {"contract-testing", "contract", Alias}, {"integration-testing", "integration tests", Alias}}},
		{"unit and end-to-end tests", []hit{{"unit-testing", "unit", Alias}, {"e2e", "end-to-end tests", Alias}}},
		{"alarm and lighting systems", []hit{{"alarm-systems", "alarm", Exact}, {"lighting-systems", "lighting systems", Exact}}},
		{"clinical and accuracy checks", []hit{{"clinical-checking", "clinical", Inflection}, {"accuracy-checking", "accuracy checks", Inflection}}},
		{"clinical and accuracy\n  checks", []hit{{"clinical-checking", "clinical", Inflection}, {"accuracy-checking", "accuracy checks", Inflection}}},
		{"accuracy and clinical check", []hit{{"accuracy-checking", "accuracy", Alias}, {"clinical-checking", "clinical check", Alias}}},
		// No such reading.
		{"clinical and drug reviewed", []hit{{"drug-review", "drug reviewed", Inflection}}},
		{"power and lighting systems", []hit{{"lighting-systems", "lighting systems", Exact}}},
		{"fast and integration tests", []hit{{"integration-testing", "integration tests", Alias}}},
		{"smoke and integration tests", []hit{{"integration-testing", "integration tests", Alias}}},
		{"written and verbal communication", []hit{{"verbal-communication", "verbal communication", Exact}}},
		{"Java and Spring Boot", []hit{{"java", "Java", Exact}, {"spring-boot", "Spring Boot", Exact}}},
		{"unit\nand integration tests", []hit{{"integration-testing", "integration tests", Alias}}},
		{"unit integration tests", []hit{{"integration-testing", "integration tests", Alias}}},
	}
	for _, tt := range tests {
		r := run(m, tt.in)
		if diff := cmp.Diff(tt.want, hits(r)); diff != "" {
			t.Errorf("Match(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	r := run(m, "Write unit and integration tests")
	if got := r.Matches[0].Rule.String(); got != "counted: 'unit and integration tests' reads as Unit Testing" {
		t.Errorf("rule = %q", got)
	}
}
