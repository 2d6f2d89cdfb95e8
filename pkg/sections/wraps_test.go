package sections

import (
	"strings"
	"testing"
)

// TestJobWrappedLines checks that a list item wrapped onto the next line
// is read as one: the wrapped part is never a heading and goes on with
// the sentence's role, while a heading after a finished item still opens
// its section.
func TestJobWrappedLines(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []roleAt
	}{
		{
			name: "an indented title-case wrap is no heading",
			in:   "Essential criteria\n• Current registration with the\n  General Pharmaceutical Council\n• Two years in community pharmacy",
			want: []roleAt{{3, "essential criteria", Required}, {4, "essential criteria", Required}},
		},
		{
			name: "a wrap after a dangling word is no heading",
			in:   "Requirements\n- Registered with the\nNursing And Midwifery Council\n- Go",
			want: []roleAt{{3, "requirements", Required}, {4, "requirements", Required}},
		},
		{
			name: "a heading after a finished item opens its section",
			in:   "Requirements\n- Go\nNice To Have\n- Rust",
			want: []roleAt{{3, "nice to have", Preferred}, {4, "nice to have", Preferred}},
		},
		{
			name: "an indented heading after a heading is no wrap",
			in:   "Requirements\n  Nice To Have\n- Rust",
			want: []roleAt{{2, "nice to have", Preferred}, {3, "nice to have", Preferred}},
		},
		{
			name: "a preference goes on over the wrap",
			in:   "Requirements\n• 3+ years, ideally in manufacturing or another shift-based\n  environment\n• Python",
			want: []roleAt{{2, "requirements", Preferred}, {3, "requirements", Preferred}, {4, "requirements", Required}},
		},
		{
			name: "a lower-case line goes on with the boilerplate sentence",
			in:   "About the role\nAcme is a 45-attorney firm handling commercial litigation\ndefense for companies across the Mid-Atlantic.\nYou will draft discovery responses.",
			want: []roleAt{{2, "about the role", Ignored}, {3, "about the role", Ignored}, {4, "about the role", Neutral}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Job(tt.in)
			for _, w := range tt.want {
				l := got[w.Line-1]
				if l.Section != w.Section || l.Role != w.Role {
					t.Errorf("Job(%q) line %d = %q %v (%s), want %q %v", tt.in, w.Line, l.Section, l.Role, l.Reason, w.Section, w.Role)
				}
			}
		})
	}
}

// TestRoleAtWrappedLine checks that the carried role holds only up to the
// wrapped line's first sentence end.
func TestRoleAtWrappedLine(t *testing.T) {
	in := "Requirements\n- 4+ years of product experience, ideally with\n  payments. You know SQL and Jira."
	got := Job(in)
	line := strings.Split(in, "\n")[2]
	for _, c := range []struct {
		word string
		want Role
	}{{"payments", Preferred}, {"SQL", Required}, {"Jira", Required}} {
		if r := RoleAt(line, strings.Index(line, c.word), got[2]); r != c.want {
			t.Errorf("RoleAt(%q) of %q = %v, want %v (line %+v)", line, c.word, r, c.want, got[2])
		}
	}
	if got[2].Role != Required {
		t.Errorf("line 3 role %v, want required: its second sentence is a requirement", got[2].Role)
	}
}

// TestJobCompanySectionEnds checks that a short heading over a list ends a
// company description, and that nothing else does.
func TestJobCompanySectionEnds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
		want Role
	}{
		{"a heading over a list", "Who we are\nWe run e-scooters.\n\nYour playground\n• Build Spark pipelines", 5, Neutral},
		{"a line with no list under it", "Who we are\nWe run e-scooters.\n\nOur fleet\nWe run 4,000 scooters on Kafka.", 5, Ignored},
		{"a heading inside a benefits section", "Benefits\n- Gym\n\nHealth and wellbeing\n• Dental", 5, Ignored},
		{"a long line over a list", "About us\nWe run e-scooters.\n\nWe are proud of the things that we do every day\n• Kafka", 5, Ignored},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Job(tt.in)[tt.line-1]; got.Role != tt.want {
				t.Errorf("Job(%q) line %d role %v (%s), want %v", tt.in, tt.line, got.Role, got.Reason, tt.want)
			}
		})
	}
}

// TestJobLeadIn checks that a long line ending in a colon and going on in
// lower case is a sentence, while a long marked heading stays one.
func TestJobLeadIn(t *testing.T) {
	in := "About Acme\nAcme makes scheduling and invoicing software for 18,000 small home-services businesses:\nplumbers, cleaners and landscapers use Stripe."
	if got := Job(in)[2]; got.Role != Ignored {
		t.Errorf("Job(%q) line 3 role %v (%s), want ignored", in, got.Role, got.Reason)
	}
	in = "About Acme\nWe make tools.\nThings you will be working on in your first months:\nGo services"
	if got := Job(in)[3]; got.Role != Neutral {
		t.Errorf("Job(%q) line 4 role %v (%s), want neutral", in, got.Role, got.Reason)
	}
}
