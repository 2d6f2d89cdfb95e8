package build

import (
	"slices"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/google/go-cmp/cmp"
)

func TestConceptKey(t *testing.T) {
	tests := []struct {
		s    string
		key  string
		want bool
	}{
		{"lead a team", "team lead", true},
		{"Team Leadership", "team lead", true},
		{"Leading Teams", "team lead", true},
		{"manage time", "time manage", true},
		{"Time Management", "time manage", true},
		{"welding skills", "weld", true}, // one word naming a verb's activity
		{"Coaching", "coach", true},
		{"Canva", "", false}, // a bare name: no concept key
		{"Canvas", "", false},
		{"Coordinates", "", false}, // a noun that is also a verb's -s form
		{"skills", "", false},
		{"the", "", false},
	}
	for _, tt := range tests {
		if key, ok := conceptKey(tt.s); key != tt.key || ok != tt.want {
			t.Errorf("conceptKey(%q) = %q, %v; want %q, %v", tt.s, key, ok, tt.key, tt.want)
		}
	}
}

// TestOneConcept: two terms that say one thing in two spellings are a
// problem when one is curated (merge them with replaces, or keep them
// apart with distinct_ok); a replaced imported term is dropped and links
// to it follow the term that replaces it.
func TestOneConcept(t *testing.T) {
	soft := "category: soft\nkind: soft\nsource: curated\nterms:\n"
	esco := "category: soft\nkind: soft\nsource: esco\nterms:\n"
	tests := []struct {
		name     string
		files    []keywords.SourceFile
		want     []string // built terms (brief)
		replaces map[string][]string
		warn     string // substring of a warning
		wantErr  string // substring of the error
	}{
		{
			name: "two curated spellings of one concept",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(soft +
				"  - name: Leadership\n    aliases: [Team Leadership]\n  - name: Leading Teams\n")}},
			wantErr: `a.yaml:7: leading-teams: "Leading Teams" names the concept of leadership ("Team Leadership", a.yaml:6)`,
		},
		{
			name: "kept apart on purpose",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(soft +
				"  - name: Time Management\n  - name: Managing Time\n    distinct_ok: [time-management]\n")}},
			want: []string{"managing-time:Managing Time/soft/soft/curated", "time-management:Time Management/soft/soft/curated"},
		},
		{
			name: "a distinct_ok the lint does not need",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(soft +
				"  - name: Leadership\n  - name: Empathy\n    distinct_ok: [leadership]\n")}},
			wantErr: `a.yaml:7: distinct_ok "leadership" of empathy is not needed`,
		},
		{
			name: "an imported near duplicate of a curated term",
			files: []keywords.SourceFile{
				{Name: "a.yaml", Data: []byte(soft + "  - name: Time Management\n")},
				{Name: "imported-esco.yaml", Data: []byte(esco + "  - name: manage time\n")},
			},
			wantErr: `imported-esco.yaml:5: manage-time: "manage time" names the concept of time-management`,
		},
		{
			name: "replaced: the imported term is dropped, a link to it follows",
			files: []keywords.SourceFile{
				{Name: "a.yaml", Data: []byte(soft + "  - name: Time Management\n    replaces: [manage-time]\n")},
				{Name: "imported-esco.yaml", Data: []byte(esco + "  - name: manage time\n  - name: plan the day\n    related: [manage-time]\n")},
			},
			want:     []string{"plan-the-day:plan the day/soft/soft/esco{time-management}", "time-management:Time Management/soft/soft/curated"},
			replaces: map[string][]string{"time-management": {"manage-time"}},
		},
		{
			name: "a replaced id that is still a curated term",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(soft +
				"  - name: Leadership\n    replaces: [empathy]\n  - name: Empathy\n")}},
			wantErr: `a.yaml:6: leadership replaces "empathy", which is still a term`,
		},
		{
			name: "one id replaced twice",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(soft +
				"  - name: Leadership\n    replaces: [lead-a-team]\n  - name: Mentoring\n    replaces: [lead-a-team]\n")}},
			wantErr: `a.yaml:8: mentoring: "lead-a-team" is replaced by leadership already`,
		},
		{
			name: "two imported spellings: a warning, both kept",
			files: []keywords.SourceFile{{Name: "imported-esco.yaml", Data: []byte(esco +
				"  - name: infant care\n  - name: infants care\n")}},
			want: []string{"infant-care:infant care/soft/soft/esco", "infants-care:infants care/soft/soft/esco"},
			warn: `infants-care: "infants care" names the concept of infant-care`,
		},
		{
			name: "different things stay apart",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(soft +
				"  - name: Design Systems\n  - name: System Design\n  - name: Canva\n  - name: Canvas\n  - name: Team Leadership\n  - name: Team Management\n")}},
			want: []string{"canva:Canva/soft/soft/curated", "canvas:Canvas/soft/soft/curated", "design-systems:Design Systems/soft/soft/curated",
				"system-design:System Design/soft/soft/curated", "team-leadership:Team Leadership/soft/soft/curated", "team-management:Team Management/soft/soft/curated"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, st, err := Build("1", tt.files)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(problemText(err), tt.wantErr) {
					t.Fatalf("Build error = %v, want it to contain %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if diff := cmp.Diff(tt.want, brief(d)); diff != "" {
				t.Errorf("Build terms mismatch (-want +got):\n%s", diff)
			}
			for id, want := range tt.replaces {
				if term, _ := d.Term(id); term == nil || !slices.Equal(term.Replaces, want) {
					t.Errorf("%s replaces %v, want %v", id, term, want)
				}
			}
			if tt.warn != "" && !strings.Contains(problemText(st.Warnings), tt.warn) {
				t.Errorf("warnings %v, want one containing %q", st.Warnings, tt.warn)
			}
		})
	}
}
