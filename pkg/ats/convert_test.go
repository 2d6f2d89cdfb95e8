package ats

import (
	"testing"

	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/atsmatch/atsmatch/pkg/score"
	"github.com/atsmatch/atsmatch/pkg/sections"
	"github.com/google/go-cmp/cmp"
)

func TestIgnoredSections(t *testing.T) {
	ign := func(sec, reason string) sections.Line {
		return sections.Line{Section: sec, Role: sections.Ignored, Reason: reason}
	}
	req := sections.Line{Section: "requirements", Role: sections.Required}
	tests := []struct {
		name  string
		lines []string
		secs  []sections.Line
		want  []report.IgnoredSection
	}{
		{
			name:  "none",
			lines: []string{"Requirements", "- Go"},
			secs:  []sections.Line{req, req},
			want:  []report.IgnoredSection{},
		},
		{
			name:  "one range across a blank line, trailing blank left out",
			lines: []string{"Requirements", "- C#", "## Benefits:", "- pension", "", "- lunch", ""},
			secs: []sections.Line{req, req, ign("benefits", "perks"), ign("benefits", "perks"), {}, ign("benefits", "perks"),
				ign("benefits", "perks")},
			want: []report.IgnoredSection{{FromLine: 3, ToLine: 6, Heading: "Benefits", Reason: "perks"}},
		},
		{
			name:  "two reasons make two ranges; a counted line ends a range",
			lines: []string{"Benefits", "- gym", "EEO", "We are equal", "Skills", "- SQL", "Apply via our site"},
			secs: []sections.Line{ign("benefits", "perks"), ign("benefits", "perks"), ign("eeo", "eeo"), ign("eeo", "eeo"),
				req, req, ign("", "apply link")},
			want: []report.IgnoredSection{
				{FromLine: 1, ToLine: 2, Heading: "Benefits", Reason: "perks"},
				{FromLine: 3, ToLine: 4, Heading: "EEO", Reason: "eeo"},
				{FromLine: 7, ToLine: 7, Heading: "Apply via our site", Reason: "apply link"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ignoredSections(score.Doc{Lines: tt.lines, Sections: tt.secs})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ignoredSections(%q) mismatch (-want +got):\n%s", tt.lines, diff)
			}
		})
	}
}

func TestEvidence(t *testing.T) {
	lines := []string{"  Skills: C#, .NET  ", "Built APIs in C#", "C# again", "and C# once more"}
	ms := []match.Match{
		{TermID: "csharp", Line: 1, Surface: "C#", How: match.Exact},
		{TermID: "csharp", Line: 1, Surface: "c#", How: match.Alias}, // same line: cited once
		{TermID: "csharp", Line: 2, Surface: "C#", How: match.Exact},
		{TermID: "csharp", Line: 3, Surface: "C#", How: match.Exact, Rule: "counted: listed with .NET"},
		{TermID: "csharp", Line: 4, Surface: "C#", How: match.Exact}, // over the cap
		{TermID: "csharp", Line: 9, Surface: "C#", How: match.Exact}, // out of range: dropped, not a panic
	}
	want := []report.Evidence{
		{Line: 1, Text: "Skills: C#, .NET", Surface: "C#", Match: "exact"},
		{Line: 2, Text: "Built APIs in C#", Surface: "C#", Match: "exact"},
		{Line: 3, Text: "C# again", Surface: "C#", Match: "exact", Rule: "counted: listed with .NET"},
	}
	if diff := cmp.Diff(want, evidence(lines, ms)); diff != "" {
		t.Errorf("evidence mismatch (-want +got):\n%s", diff)
	}
	if got := evidence(lines, nil); got == nil || len(got) != 0 {
		t.Errorf("evidence(nil) = %#v, want an empty non-nil slice", got)
	}
}

func TestBestHow(t *testing.T) {
	tests := []struct {
		name string
		hows []match.How
		want match.How
	}{
		{"none", nil, ""},
		{"exact beats alias", []match.How{match.Alias, match.Exact}, match.Exact},
		{"alias beats inflection", []match.How{match.Inflection, match.Alias, match.Glued}, match.Alias},
		{"glued alone", []match.How{match.Glued}, match.Glued},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []match.Match
			for _, h := range tt.hows {
				ms = append(ms, match.Match{How: h})
			}
			if got := bestHow(ms); got != tt.want {
				t.Errorf("bestHow(%v) = %q, want %q", tt.hows, got, tt.want)
			}
		})
	}
}
