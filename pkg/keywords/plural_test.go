package keywords

import (
	"testing"
)

func TestRestates(t *testing.T) {
	tests := []struct {
		p, s string
		want bool
	}{
		{"Power BI", "power-bi", true},   // hyphen/space variant
		{"Power BI", "POWER  BI", true},  // case and spacing
		{"Front-End", "Frontend", true},  // the matcher joins hyphenated words
		{"Help Desk", "Helpdesk", false}, // cannot join spaced words
		{"Help Desk", "Help-Desk", true}, // hyphen = space
		{"Frontend", "Front-End", false}, // cannot split a joined word
		{"MS SQL", "MSSQL", false},       // joined alias kept
		{"Pen Testing", "Pentesting", false},
		{"Full-Stack", "Full Stack", true},
		{"Full Stack", "Fullstack", false},
		{"Kubernetes", "k8s", false},
	}
	for _, tt := range tests {
		if got := restates(tt.p, tt.s); got != tt.want {
			t.Errorf("restates(%q, %q) = %v, want %v", tt.p, tt.s, got, tt.want)
		}
	}
}

func TestPlural(t *testing.T) {
	tests := []struct{ in, want string }{
		{"review", "reviews"}, {"bus", "buses"}, {"box", "boxes"}, {"match", "matches"}, {"crash", "crashes"},
		{"query", "queries"}, {"day", "days"},
		{"x", ""}, {"", ""}, {"c++", ""}, {"Go", ""}, {"3d", ""}, {"café", ""}, // not a lower-case ASCII word
	}
	for _, tt := range tests {
		if got := Plural(tt.in); got != tt.want {
			t.Errorf("Plural(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
