package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSoftFrom(t *testing.T) {
	tests := []struct{ label, typ, want string }{
		{"show empathy", "skill/competence", "empathy"},
		{"exercise self-control", "skill/competence", "self-control"},
		{"demonstrate willingness to learn", "skill/competence", "willingness to learn"},
		{"demonstrate commitment to democracy", "skill/competence", ""},
		{"demonstrate musicianship", "skill/competence", ""},
		{"show sample garments", "skill/competence", ""},
		{"resolve conflicts", "skill/competence", "resolve conflicts"},
		{"cope with stress", "skill/competence", "cope with stress"},
		{"solve bank account problems", "skill/competence", ""},
		{"manage musical staff", "skill/competence", ""},
		{"design thinking", "knowledge", "design thinking"},
		{"apply business acumen", "skill/competence", "business acumen"},
		{"apply floor adhesive", "skill/competence", ""},
		{"lead a team", "skill/competence", "lead a team"},
		{"cooperate with colleagues", "skill/competence", "cooperate with colleagues"},
		{"sports ethics", "knowledge", ""},
		{"tax legislation", "knowledge", ""},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, softFrom(tt.label, tt.typ)); diff != "" {
				t.Errorf("softFrom(%q) mismatch (-want +got):\n%s", tt.label, diff)
			}
		})
	}
}
