package keywords

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// ladder is a small dictionary with broader links: a → b → c, a → d, and
// e with none.
func ladder(links map[string][]string) *Dict {
	d := &Dict{Version: "1"}
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		d.Terms = append(d.Terms, Term{ID: id, Name: strings.ToUpper(id) + " term", Kind: Hard, Category: "x", Broader: links[id]})
	}
	return d
}

func TestAncestors(t *testing.T) {
	d := ladder(map[string][]string{"a": {"b", "d"}, "b": {"c"}, "d": {"c"}})
	tests := []struct {
		id   string
		want []string
	}{
		{"a", []string{"b", "d", "c"}}, // nearest first, c once
		{"b", []string{"c"}},
		{"c", nil},
		{"e", nil},
		{"unknown", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, d.Ancestors(tt.id)); diff != "" {
			t.Errorf("Ancestors(%q) mismatch (-want +got):\n%s", tt.id, diff)
		}
	}
	for _, tt := range []struct {
		narrow, broad string
		want          bool
	}{
		{"a", "c", true}, {"a", "b", true}, {"b", "c", true},
		{"c", "a", false}, // never the other way
		{"b", "d", false}, // siblings do not imply each other
		{"a", "a", false}, // nor a term itself
		{"e", "c", false},
	} {
		if got := d.Implies(tt.narrow, tt.broad); got != tt.want {
			t.Errorf("Implies(%q, %q) = %v, want %v", tt.narrow, tt.broad, got, tt.want)
		}
	}
}

// A loop is refused by Validate, but a walk over one must still end.
func TestAncestorsLoopEnds(t *testing.T) {
	d := ladder(map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}})
	if diff := cmp.Diff([]string{"b", "c"}, d.Ancestors("a")); diff != "" {
		t.Errorf("Ancestors over a loop mismatch (-want +got):\n%s", diff)
	}
}

func TestValidateBroader(t *testing.T) {
	tests := []struct {
		name  string
		links map[string][]string
		want  string // "" = valid
	}{
		{"chain", map[string][]string{"a": {"b"}, "b": {"c"}}, ""},
		{"self", map[string][]string{"a": {"a"}}, `term "a": a term cannot be broader than itself`},
		{"dangling", map[string][]string{"a": {"zz"}}, `term "a": broader "zz" is not a term`},
		{"loop", map[string][]string{"c": {"a"}, "a": {"b"}, "b": {"c"}}, `term "a": broader links loop back to it (a → b → c → a)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ladder(tt.links).Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate = %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("Validate = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestMergeBroader(t *testing.T) {
	tests := []struct {
		name, overlay, want string // want: a Merge error, or "" and then helm implies kubernetes
	}{
		{"extends adds a link", "terms:\n  - extends: helm\n    broader: [kubernetes]\n", ""},
		{"new term with a link", "terms:\n  - name: Helm Charts\n    broader: [helm, kubernetes]\n", ""},
		{"dangling", "terms:\n  - name: Argo\n    broader: [ci-cd]\n", `my.yaml:3: broader "ci-cd" is not a term`},
		{"loop", "terms:\n  - extends: kubernetes\n    broader: [helm]\n  - extends: helm\n    broader: [kubernetes]\n", "loop back"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := LoadOverlay("my.yaml", []byte(tt.overlay))
			if err != nil {
				t.Fatalf("LoadOverlay: %v", err)
			}
			d, err := baseDict(t).Merge(o)
			if tt.want != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Errorf("Merge error = %v, want %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.name == "new term with a link" {
				if !d.Implies("helm-charts", "kubernetes") || d.Implies("kubernetes", "helm-charts") {
					t.Errorf("helm-charts ancestors %v, want kubernetes, one way", d.Ancestors("helm-charts"))
				}
				return
			}
			if !d.Implies("helm", "kubernetes") {
				t.Errorf("helm ancestors %v, want kubernetes", d.Ancestors("helm"))
			}
		})
	}
}

// The embedded dictionary's degree levels: each meets every lower one,
// never a higher one, and a nursing degree is a degree of its level.
func TestDegreeLadder(t *testing.T) {
	CheckImplies(t, []ImpliesCase{
		{"phd", "masters-degree", true},
		{"phd", "bachelors-degree", true},
		{"mba", "bachelors-degree", true},
		{"masters-degree", "associate-degree", true},
		{"bachelor-of-science-in-nursing", "bachelors-degree", true},
		{"bachelor-of-science-in-nursing", "associate-degree", true}, // a BSN meets an ADN-level ask
		{"bachelor-of-science-in-nursing", "associate-degree-in-nursing", true},
		{"bachelor-of-science-in-nursing", "nursing-degree", true},
		{"master-of-science-in-nursing", "bachelor-of-science-in-nursing", true},
		{"associate-degree-in-nursing", "bachelors-degree", false},
		{"associate-degree-in-nursing", "bachelor-of-science-in-nursing", false},
		{"bachelors-degree", "masters-degree", false},
		{"masters-degree", "mba", false},
	})
}

// Scrum's own events and artefacts imply Scrum (and so Agile); a
// retrospective or a stand-up alone, held by Kanban and XP teams too,
// does not, and Scrum implies none of its events. Likewise for the other
// classes added beside them: a method implies its class, not the reverse.
func TestScrumEvents(t *testing.T) {
	CheckImplies(t, []ImpliesCase{
		{"sprint-planning", "scrum", true},
		{"sprint-reviews", "scrum", true},
		{"sprint-reviews", "agile", true},
		{"sprint-retrospectives", "scrum", true},
		{"sprint-retrospectives", "retrospectives", true},
		{"daily-scrum", "scrum", true},
		{"daily-scrum", "daily-standups", true},
		{"sprint-backlog", "scrum", true},
		{"retrospectives", "scrum", false},
		{"daily-standups", "scrum", false},
		{"backlog-refinement", "scrum", false},
		{"kanban", "scrum", false},
		{"scrum", "sprint-planning", false},
		{"daily-standups", "daily-scrum", false},
		// The other classes added beside them (issue 12).
		{"meddic", "sales-methodology", true},
		{"challenger-sale", "sales-methodology", true},
		{"sales-methodology", "meddic", false},
		{"great-expectations", "data-quality", true},
		{"soda-data-quality", "data-quality", true},
		{"kpi-reporting", "key-performance-indicators", true},
		{"key-performance-indicators", "kpi-reporting", false},
		{"commercial-driving", "drivers-license", true},
		{"drivers-license", "commercial-driving", false},
	})
}
