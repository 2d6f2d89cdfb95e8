package match

import (
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/google/go-cmp/cmp"
)

// phraseDict holds terms named by the doing ("X <noun of a verb>"), a
// verb-object soft skill, soft skills named by a verb's noun, and terms
// whose words a phrase must not take.
func phraseDict() *keywords.Dict {
	return &keywords.Dict{Version: "test", Terms: []keywords.Term{
		{ID: "people-management", Name: "People Management", Kind: keywords.Soft, Aliases: []string{"Team Management", "Staff Management"}},
		{ID: "leadership", Name: "Leadership", Kind: keywords.Soft, Aliases: []string{"Team Leadership"},
			Forms: []string{"lead", "led"}, Ambiguous: []string{"lead", "led"}, Context: []string{"engineers"}},
		{ID: "medication-administration", Name: "Medication Administration", Kind: keywords.Hard},
		{ID: "data-analysis", Name: "Data Analysis", Kind: keywords.Hard},
		{ID: "budget-management", Name: "Budget Management", Kind: keywords.Hard},
		{ID: "staff-training", Name: "Staff Training", Kind: keywords.Hard},
		{ID: "lead-generation", Name: "Lead Generation", Kind: keywords.Hard},
		{ID: "supply-chain-management", Name: "Supply Chain Management", Kind: keywords.Hard},
		{ID: "managed-services", Name: "Managed Services", Kind: keywords.Hard},
		{ID: "pair-programming", Name: "Pair Programming", Kind: keywords.Hard},
		{ID: "coaching", Name: "Coaching", Kind: keywords.Soft},
		{ID: "conflict-resolution", Name: "Conflict Resolution", Kind: keywords.Soft, Aliases: []string{"De-escalation"}},
		{ID: "giving-feedback", Name: "Giving Feedback", Kind: keywords.Soft},
		{ID: "manage-time", Name: "manage time", Kind: keywords.Soft},
		{ID: "team-building", Name: "Team Building", Kind: keywords.Soft},
		{ID: "sql", Name: "SQL", Kind: keywords.Hard},
		{ID: "technical-recruiting", Name: "Technical Recruiting", Kind: keywords.Hard},
		{ID: "network-marketing", Name: "Network Marketing", Kind: keywords.Hard},
		{ID: "proposal-writing", Name: "Proposal Writing", Kind: keywords.Hard},
		{ID: "food-presentation", Name: "Food Presentation", Kind: keywords.Hard},
		{ID: "menu-planning", Name: "Menu Planning", Kind: keywords.Hard},
		{ID: "api-documentation", Name: "API Documentation", Kind: keywords.Hard},
		{ID: "policy-development", Name: "Policy Development", Kind: keywords.Hard},
		{ID: "patient-education", Name: "Patient Education", Kind: keywords.Soft, Aliases: []string{"Patient Teaching"}},
		{ID: "aws", Name: "AWS", Kind: keywords.Hard},
		{ID: "infrastructure-management", Name: "Infrastructure Management", Kind: keywords.Hard},
		{ID: "team-coaching", Name: "Team Coaching", Kind: keywords.Hard},
		{ID: "feeder-pulling", Name: "Feeder Pulling", Kind: keywords.Hard},
	}}
}

// TestPhrases: a verb and its object count as the term naming the doing,
// and every near miss that is no such phrase does not.
func TestPhrases(t *testing.T) {
	m := mustCompile(t, phraseDict())
	tests := []struct {
		in   string
		want []hit // TermID, Surface, How
	}{
		// The verb's forms, a gap of determiners, numbers and adjectives,
		// the object singular or plural, an of-phrase after it.
		{"Managed a team of six supervisors.", []hit{{"people-management", "Managed a team", Inflection}}},
		{"I manage a team of 8 engineers", []hit{{"people-management", "manage a team", Inflection}}},
		{"She leads a small team", []hit{{"leadership", "leads a small team", Inflection}}},
		{"Led a team of 6", []hit{{"leadership", "Led a team", Inflection}}},
		{"managing multiple cross-functional teams", []hit{{"people-management", "managing multiple cross-functional teams", Inflection}}},
		{"Administer medications to patients", []hit{{"medication-administration", "Administer medications", Inflection}}},
		{"Analyzed claims data using SQL", []hit{{"data-analysis", "Analyzed claims data", Inflection}, {"sql", "SQL", Exact}}},
		{"analysed data weekly", []hit{{"data-analysis", "analysed data", Inflection}}},
		{"Plan weekly menus", []hit{{"menu-planning", "Plan weekly menus", Inflection}}},
		{"Document APIs, flows", []hit{{"api-documentation", "Document APIs", Inflection}}},
		{"developed HR policies", []hit{{"policy-development", "developed HR policies", Inflection}}},
		{"Taught patients about diabetes", []hit{{"patient-education", "Taught patients", Inflection}}},
		{"taught patients' families", nil},
		{"managed the supply chain for 3 sites", []hit{{"supply-chain-management", "managed the supply chain", Inflection}}},
		{"Trained 20 staff", []hit{{"staff-training", "Trained 20 staff", Inflection}}},
		{"Generated qualified leads", []hit{{"lead-generation", "Generated qualified leads", Inflection}}},
		{"you will manage staff", []hit{{"people-management", "manage staff", Inflection}}},
		// The object ends its noun phrase: the next noun is the object.
		{"managed team budgets", []hit{{"budget-management", "managed team budgets", Inflection}}},
		{"managed a team's budget", []hit{{"budget-management", "managed a team's budget", Inflection}}},
		// A verb-object soft skill: other forms of its verb, its nominal form.
		{"gave constructive feedback to peers", []hit{{"giving-feedback", "gave constructive feedback", Inflection}}},
		{"Strong time management", []hit{{"manage-time", "time management", Inflection}}},
		{"managed my time well", []hit{{"manage-time", "managed my time", Inflection}}},
		// A soft skill's verb forms, a hyphenated compound verb.
		{"Coached new starters", []hit{{"coaching", "Coached", Inflection}}},
		{"de-escalated conflicts", []hit{{"conflict-resolution", "de-escalated", Inflection}}},
		{"calmly de-escalating", []hit{{"conflict-resolution", "de-escalating", Inflection}}},
		{"pair-programmed with juniors", []hit{{"pair-programming", "pair-programmed", Inflection}}},
		{"built a team of 12", []hit{{"team-building", "built a team", Inflection}}},
		{"wrote winning proposals", []hit{{"proposal-writing", "wrote winning proposals", Inflection}}},
		{"We market our network to schools", nil},
		{"you will market the network", []hit{{"network-marketing", "market the network", Inflection}}},

		// Not a verb and its object.
		{"managed to reduce costs", nil},
		{"run a test", nil},
		{"lead to delays", nil},
		{"led by the team", nil},
		{"a team of managers", nil},
		{"the lead team", nil},
		{"a leading provider", nil},
		{"sales leads", nil},
		{"a bus coach", nil},
		{"two coaches", nil},
		// An adjective is no object ("Technical Recruiting" is a kind of
		// recruiting); a noun plural of the verb is no verb.
		{"recruiting top technical and non-technical talent", nil},
		{"conducting analyses using company data", nil},
		{"strong position on the worldwide market A global network", nil},
		{"Oct 2013 - present Serve food to guests", nil},
		// In lower case the two sentences run on as one: no rule can tell.
		{"Oct 2013 - present serve food to guests", []hit{{"food-presentation", "present serve food", Inflection}}},
		// A passive names someone else's work; the reverse order never matches.
		{"data was analysed by the vendor", nil},
		{"medications were administered", nil},
		{"administration of medications", nil},
		// A company's boilerplate, negation.
		{"we manage your team", nil},
		{"it analyses data", nil},
		{"did not manage a team", nil},
		{"never managed a team", nil},
		{"we don't manage teams", nil},
		{"No experience managing teams is required.", nil},
		// A past form as an adjective, a gap word that ends the reach.
		{"hire trained staff", nil},
		{"managed, analysed and reported data", nil},
		{"managed it for the team", nil},
		{"managed a very large and complex team", nil},
		{"managed one two three four teams", nil},
		// Two verbs in one form share the object ("and", "or"), on one
		// clause, across a wrapped line too; a noun or another form after
		// "and" is no second verb, and a list item's break ends the clause.
		{"managed and analysed the team", []hit{{"people-management", "managed and analysed the team", Inflection}}},
		{"Analysed and reported claims data", []hit{{"data-analysis", "Analysed and reported claims data", Inflection}}},
		{"managing or coaching a team", []hit{{"people-management", "managing", Inflection}, {"coaching", "coaching", Exact}}},
		{"Pulled and terminated feeders", []hit{{"feeder-pulling", "Pulled and terminated feeders", Inflection}}},
		{"Bent and ran rigid conduit with hand benders on every job; pulled and\n  terminated feeders", []hit{{"feeder-pulling", "pulled and terminated feeders", Inflection}}},
		{"Ran the shift; trained staff on the new tills", []hit{{"staff-training", "trained staff", Inflection}}},
		{"managed and team members", nil},
		{"managed and analysing the team", nil},
		{"managed and\nanalysed the team", nil},
		{"Pulled and\n\nterminated feeders", nil},
		// The object is a modifier: of a noun, of a hyphenated compound,
		// of a noun on the next line.
		{"managed team members", nil},
		{"managed team-building events", []hit{{"team-building", "team-building", Exact}}},
		{"managed the team\nbudget for 2024", nil},
		{"Managed. Team of six", nil},
		// Hits never overlap: a skill inside a phrase stays a hit of its
		// own, and the phrase's hit is its verb, or else its object.
		{"Managed AWS infrastructure", []hit{{"infrastructure-management", "Managed", Inflection}, {"aws", "AWS", Exact}}},
		{"coached the SQL team", []hit{{"coaching", "coached", Inflection}, {"sql", "SQL", Exact}, {"team-coaching", "team", Inflection}}},
		// A longer hit holds the verb.
		{"managed services team", []hit{{"managed-services", "managed services", Exact}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			want := tt.want
			if want == nil {
				want = []hit{}
			}
			if diff := cmp.Diff(want, hits(run(m, tt.in))); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestPhraseRule: a phrase hit says what matched, and replaces a
// rejected hit of its own term inside it.
func TestPhraseRule(t *testing.T) {
	m := mustCompile(t, phraseDict())
	r := run(m, "Led a small team")
	if len(r.Matches) != 1 || r.Matches[0].Rule == nil {
		t.Fatalf("Match = %+v; want one phrase hit with a rule", r.Matches)
	}
	if got, want := r.Matches[0].Rule.String(), "counted: 'Led a small team' is Leadership"; got != want {
		t.Errorf("rule = %q; want %q", got, want)
	}
	if r.Matches[0].Rule.ID.String() != "phrase.verb-object" {
		t.Errorf("rule id = %q", r.Matches[0].Rule.ID)
	}
	if len(r.Rejected) != 0 {
		t.Errorf("Rejected = %+v; want the rejected 'Led' replaced by the phrase", r.Rejected)
	}
	// A phrase whose hit is only its verb still quotes the whole phrase.
	r = run(m, "Managed AWS infrastructure")
	if len(r.Matches) != 2 || r.Matches[0].Rule.String() != "counted: 'Managed AWS infrastructure' is Infrastructure Management" {
		t.Errorf("Match(Managed AWS infrastructure) = %+v; want the phrase's rule on 'Managed'", r.Matches)
	}
	// Without an object the ambiguous "led" stays rejected.
	r = run(m, "Led the way")
	if len(r.Matches) != 0 || len(r.Rejected) != 1 {
		t.Errorf("Match(Led the way) = %+v, %+v; want one rejection", r.Matches, r.Rejected)
	}
}
