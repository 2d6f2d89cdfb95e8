package shown

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/sections"
)

// find reads text under an experience heading and returns what shows id.
func find(text, id string) []Evidence {
	doc := "EXPERIENCE\n" + text
	lines := strings.Split(doc, "\n")
	return Find(lines, sections.Resume(doc), func(x string) bool { return x == id })
}

func TestFind(t *testing.T) {
	tests := []struct {
		id, text string
		want     string // the quoted behaviour, "" for none
	}{
		// Communication: presenting, briefing, negotiating, writing
		// documents, training and teaching people.
		{"communication", "- Presented quarterly results to the board", "Presented quarterly results to the board"},
		{"communication", "- Presented concepts to clients and iterated quickly on their feedback", "Presented concepts to clients"},
		{"communication", "- Was presented with an award for service", ""},
		{"communication", "- Presented with an award for service", ""},
		// Presenting needs what a talk presents, or its audience or
		// venue: a dish, a display or a patient at the ED presents no talk.
		{"communication", "- Presented to the board each quarter", "Presented to the board"},
		{"communication", "- Presented our findings at two regional conferences", "Presented our findings"},
		{"communication", "- Presented at the monthly safety meeting", "Presented at the monthly safety meeting"},
		{"communication", "- Presented merchandise to planogram and seasonal directives", ""},
		{"communication", "- Plated and presented desserts for 200 covers a night", ""},
		{"communication", "- Presented monthly financial statements in line with IFRS", ""},
		{"communication", "- Triaged patients who presented to the emergency department", ""},
		{"communication", "- Negotiated and drafted commercial lease agreements", "Negotiated and drafted commercial lease agreements"},
		{"communication", "- Wrote the runbooks and design docs used by three teams", "Wrote the runbooks and design docs"},
		{"communication", "- Wrote off bad debt after review", ""},
		{"communication", "- Wrote unit tests and PySpark jobs", ""},
		{"communication", "- Taught patients and families about discharge medications", "Taught patients and families"},
		{"communication", "- Trained for the new clinical pathways", ""},
		{"communication", "- Trained 12 new starters on the till", "Trained 12 new starters"},
		{"communication", "- Coordinated daily with site superintendents", "Coordinated daily with site superintendents"},
		{"communication", "- Brief the night team at handover", "Brief the night team at handover"},
		{"communication", "- Brief summaries of each case for the partners", ""},
		// Written communication needs a document as the object.
		{"written-communication", "- Authored the onboarding handbook", "Authored the onboarding handbook"},
		{"written-communication", "- Wrote complex SQL on PostgreSQL", ""},
		{"written-communication", "- Drafted pleadings and discovery responses", "Drafted pleadings"},
		// Verbal communication: calls, presentations, talks.
		{"verbal-communication", "• Handle the vendor helpdesk mailbox and calls; resolve queries", "Handle the vendor helpdesk mailbox and calls"},
		{"verbal-communication", "- Spoke at two regional conferences", "Spoke at two regional conferences"},
		{"verbal-communication", "- Spoke Spanish with patients", ""},
		{"presentation-skills", "- Delivered 12 training sessions to new hires", "Delivered 12 training sessions to new hires"},
		{"presentation-skills", "- Delivered onboarding sessions for agency staff", "Delivered onboarding sessions"},
		{"presentation-skills", "- Delivered weekly physiotherapy sessions to stroke patients", ""},
		{"presentation-skills", "- Delivered sessions on the ward", ""},
		{"presentation-skills", "- Pitched the loyalty scheme proposal to regional managers", "Pitched the loyalty scheme proposal to regional managers"},
		{"presentation-skills", "- Pitched to regional managers each quarter", "Pitched to regional managers"},
		{"presentation-skills", "- Pitched a proposal for the spring campaign", "Pitched a proposal"},
		{"presentation-skills", "- Pitched the tents at the campsite", ""},
		{"presentation-skills", "- Pitched in on the late shift when short-staffed", ""},
		// Collaboration: partnering, working with other teams, doing it
		// together, cross-functional work in prose.
		{"collaboration", "- Partnered with finance and legal on the new contract process", "Partnered with finance and legal on the new contract process"},
		{"collaboration", "- Worked closely with data scientists on feature tables", "Worked closely with data scientists"},
		{"collaboration", "- Worked with Python and Airflow", ""},
		{"collaboration", "- Mentored juniors; pair-programmed with them weekly", "pair-programmed with them"},
		{"collaboration", "- Co-ran five rounds of usability testing", "Co-ran five rounds of usability testing"},
		{"collaboration", "- Co-worker of the month", ""},
		{"collaboration", "I keep cross-functional teams on schedule", "I keep cross-functional teams"},
		{"collaboration", "- Wrote tests; worked in a cross-functional team with support", "worked in a cross-functional team"},
		{"collaboration", "- Reduced churn across cross functional squads", "Reduced churn across cross functional squads"},
		{"collaboration", "Cross-Functional Team Leadership · Budgeting", ""},
		{"collaboration", "Seeking a cross-functional role in operations", ""},
		{"collaboration", "Keen to join a cross functional product team", ""},
		{"collaboration", "Looking for a role; I have worked in cross-functional squads", "I have worked in cross-functional squads"},
		// Leadership: leading, managing, supervising people.
		{"leadership", "- Led a team of 6", "Led a team"},
		{"leadership", "- Train and supervise two commis chefs on grill", "supervise two commis chefs"},
		{"leadership", "- Supervise two dispensers and a trainee technician", "Supervise two dispensers and a trainee technician"},
		{"leadership", "- Led to a 20% drop in returns", ""},
		{"leadership", "- Led the migration of the billing system", ""},
		{"leadership", "- Lead developer on React storefronts", ""},
		{"leadership", "- Managed team budgets of $2M", ""},
		{"leadership", "- Manage ventilated patients with respiratory therapy", ""},
		{"leadership", "- Managed sales leads in Salesforce", ""},
		{"leadership", "Looking to lead a team in my next role", ""},
		{"leadership", "- Never led a team before this role", ""},
		// Organisation and time: organising, coordinating, many at once.
		{"organizational-skills", "- Organised refresher training for 300 staff", "Organised refresher training for 300 staff"},
		{"organizational-skills", "Highly organised and calm under pressure", ""},
		{"organizational-skills", "Organized, analytic and reliable", ""},
		{"time-management", "- Managed 40 concurrent orders across three sites", "Managed 40 concurrent orders"},
		{"time-management", "- Managed the orders desk", ""},
		// Problem solving and customer service.
		{"problem-solving", "- Troubleshot lighting and branch circuits", "Troubleshot lighting and branch circuits"},
		{"problem-solving", "- Fixed accessibility issues against WCAG", "Fixed accessibility issues"},
		{"problem-solving", "- Fixed price contracts for suppliers", ""},
		{"customer-service", "- Resolve 95% of customer queries within the SLA", "Resolve 95% of customer queries"},
		{"customer-service", "- Greeted and served guests at a 120-seat restaurant", "Greeted and served guests"},
		{"customer-service", "- Assisted team members with rotas", ""},
	}
	for _, tt := range tests {
		got := find(tt.text, tt.id)
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%s in %q: got %q, want nothing", tt.id, tt.text, got[0].Text)
		case tt.want != "" && len(got) == 0:
			t.Errorf("%s in %q: got nothing, want %q", tt.id, tt.text, tt.want)
		case tt.want != "" && got[0].Text != tt.want:
			t.Errorf("%s in %q: got %q, want %q", tt.id, tt.text, got[0].Text, tt.want)
		}
	}
}

// TestFindWhere: only lines of the experience, projects and summary
// sections count, never a skills list, education or a role's heading;
// one evidence per skill and line, with its position in the text.
func TestFindWhere(t *testing.T) {
	doc := strings.Join([]string{
		"SUMMARY", // 1
		"Pharmacist who trained 30 staff across the group", // 2
		"EXPERIENCE",                      // 3
		"Team Lead, Acme Ltd 2019 - 2024", // 4
		"- Presented results to the board; presented the plan to staff", // 5
		"SKILLS",                             // 6
		"Presented to executives, led teams", // 7
		"EDUCATION",                          // 8
		"Led a team of 4 students on the final project", // 9
	}, "\n")
	lines := strings.Split(doc, "\n")
	got := Find(lines, sections.Resume(doc), func(id string) bool { return id == "communication" || id == "leadership" })
	var where []string
	for _, e := range got {
		if doc[e.Start:e.End] != e.Text {
			t.Errorf("%+v: offsets give %q", e, doc[e.Start:e.End])
		}
		where = append(where, e.TermID+"@"+string(rune('0'+e.Line)))
	}
	if want := []string{"communication@2", "communication@5"}; !slices.Equal(where, want) {
		t.Errorf("Find = %v, want %v", where, want)
	}
}

// TestTable: the table parses, every pattern's verb has forms, and
// broken lines are errors, not silent patterns.
func TestTable(t *testing.T) {
	ix, err := parse(behaviours, classes)
	if err != nil {
		t.Fatal(err)
	}
	if len(ix.terms) == 0 || len(ix.forms) == 0 {
		t.Fatalf("empty table: %d terms, %d forms", len(ix.terms), len(ix.forms))
	}
	for _, bad := range []string{"present", "[communication]\npresent <nosuch>", "[communication]\npresent ?x"} {
		if _, err := parse(bad, classes); err == nil {
			t.Errorf("parse(%q): no error", bad)
		}
	}
	if _, err := parse("", " orphan words"); err == nil {
		t.Error("parseClasses: words before any class: no error")
	}
}

// FuzzFind: any text gives evidence in line order, within its line, that
// quotes the text at its offsets, once per skill and line.
func FuzzFind(f *testing.F) {
	f.Add("EXPERIENCE\n- Presented quarterly results to the board\n- Led a team of 6; co-ran workshops")
	f.Add("SUMMARY\nI keep cross-functional teams on schedule, and\n- Wrote off\n- Train and supervise two commis chefs")
	f.Add("EXPERIENCE\n- worked closely with\n- managed 40 concurrent\n\u2013 Co-\n")
	f.Fuzz(func(t *testing.T, doc string) {
		lines := strings.Split(doc, "\n")
		got := Find(lines, sections.Resume(doc), func(string) bool { return true })
		seen := map[string]bool{}
		prev := 0
		for _, e := range got {
			if e.Line < prev {
				t.Fatalf("out of line order: %+v", e)
			}
			prev = e.Line
			if e.Line < 1 || e.Line > len(lines) || e.Start < 0 || e.End > len(doc) || e.Start >= e.End || doc[e.Start:e.End] != e.Text {
				t.Fatalf("evidence %+v does not quote the text", e)
			}
			if strings.Contains(e.Text, "\n") {
				t.Fatalf("evidence %+v spans lines", e)
			}
			k := e.TermID + "@" + strconv.Itoa(e.Line)
			if seen[k] {
				t.Fatalf("twice on one line: %+v", e)
			}
			seen[k] = true
		}
	})
}

// BenchmarkFind reads a two-page resume for every skill of the table.
func BenchmarkFind(b *testing.B) {
	raw, err := os.ReadFile("../match/testdata/resume.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := string(raw)
	lines := strings.Split(doc, "\n")
	secs := sections.Resume(doc)
	all := func(string) bool { return true }
	b.ReportAllocs()
	for b.Loop() {
		Find(lines, secs, all)
	}
}
