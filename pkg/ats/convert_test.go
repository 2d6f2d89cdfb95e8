package ats

import (
	"context"
	"fmt"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/keywords"
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
		{TermID: "csharp", Line: 3, Surface: "C#", How: match.Exact, Rule: &match.Rule{ID: match.ContextList, Reason: "listed with .NET"}},
		{TermID: "csharp", Line: 4, Surface: "C#", How: match.Exact}, // over the cap
		{TermID: "csharp", Line: 9, Surface: "C#", How: match.Exact}, // out of range: dropped, not a panic
	}
	want := []report.Evidence{
		{Line: 1, Text: "Skills: C#, .NET", Surface: "C#", Match: "exact"},
		{Line: 2, Text: "Built APIs in C#", Surface: "C#", Match: "exact"},
		{Line: 3, Text: "C# again", Surface: "C#", Match: "exact", Rule: "counted: listed with .NET", RuleID: "context.list"},
	}
	if diff := cmp.Diff(want, evidence(lines, ms)); diff != "" {
		t.Errorf("evidence mismatch (-want +got):\n%s", diff)
	}
	if got := evidence(lines, nil); got == nil || len(got) != 0 {
		t.Errorf("evidence(nil) = %#v, want an empty non-nil slice", got)
	}
}

// TestJobEvidenceGroup: a group cites each member's first place, then
// other lines (a duty naming a member), never a line twice, and no more
// than maxEvidence of them.
func TestJobEvidenceGroup(t *testing.T) {
	lines := []string{"Kafka or RabbitMQ", "Operate RabbitMQ", "RabbitMQ and Kafka daily", "Tune Kafka", "Scale Kafka", "Patch Kafka", "RabbitMQ ops"}
	at := func(id string, line int) match.Match {
		return match.Match{TermID: id, Line: line, Surface: id, How: match.Exact}
	}
	tr := score.TermResult{Alternatives: []*keywords.Term{{ID: "RabbitMQ", Name: "RabbitMQ"}}, Job: []match.Match{
		at("Kafka", 1), at("RabbitMQ", 1), at("RabbitMQ", 2), at("RabbitMQ", 3), at("Kafka", 3),
		at("Kafka", 4), at("Kafka", 5), at("Kafka", 6), at("RabbitMQ", 7), at("Kafka", 9),
	}}
	var got []string
	for _, e := range jobEvidence(lines, tr) {
		got = append(got, fmt.Sprintf("%d:%s", e.Line, e.Surface))
	}
	want := []string{"1:Kafka", "1:RabbitMQ", "2:RabbitMQ", "3:RabbitMQ", "4:Kafka"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("jobEvidence mismatch (-want +got):\n%s", diff)
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

func TestIgnoredMatches(t *testing.T) {
	names := map[string]string{"go": "Go", "excel": "Microsoft Excel", "r": "R"}
	name := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}
	lines := []string{"Led the go to market plan", "  I excel at SQL  ", "go go go", "R&D budget", "Benefits", "free go-karts"}
	secs := []sections.Line{{}, {}, {}, {}, {Role: sections.Ignored}, {Role: sections.Ignored}}
	goLower := match.Rule{ID: match.OrdinaryLowercase, Reason: "lowercase 'go' reads as an ordinary word"}
	verb := match.Rule{ID: match.OrdinaryVerb, Reason: "'excel' reads as the verb before 'at SQL'"}
	letter := match.Rule{ID: match.OrdinaryLetter, Reason: "single letter 'R' with no skill context"}
	start := match.Rule{ID: match.OrdinarySentenceStart, Reason: "'Go' starts a sentence with no skill nearby"}
	compound := match.Rule{ID: match.OrdinaryCompound, Reason: "'go' is part of a hyphenated word"}
	swift := match.Rule{ID: match.OrdinaryLowercase, Reason: "lowercase 'swift' reads as an ordinary word"}
	// ruled is an entry under rule r: its words, id and reason.
	ruled := func(im report.IgnoredMatch, r match.Rule) report.IgnoredMatch {
		im.Rule, im.RuleID, im.Reason = r.String(), r.ID.String(), r.Reason
		return im
	}
	tests := []struct {
		name string
		secs []sections.Line
		rej  []match.Rejection
		want []report.IgnoredMatch
	}{
		{name: "none is nil", rej: nil, want: nil},
		{
			name: "one rejection",
			rej:  []match.Rejection{{TermID: "excel", Line: 2, Surface: "excel", Rule: &verb}},
			want: []report.IgnoredMatch{ruled(report.IgnoredMatch{TermID: "excel", Term: "Microsoft Excel", Surface: "excel", Line: 2,
				Text: "I excel at SQL", Lines: []int{2}, Count: 1}, verb)},
		},
		{
			name: "repeats of one term and rule group, ordered by first line then term",
			rej: []match.Rejection{
				{TermID: "go", Line: 1, Surface: "go", Rule: &goLower},
				{TermID: "excel", Line: 2, Surface: "excel", Rule: &verb},
				{TermID: "go", Line: 3, Surface: "go", Rule: &goLower},
				{TermID: "go", Line: 3, Surface: "go", Rule: &goLower},
				{TermID: "go", Line: 3, Surface: "go", Rule: &goLower},
				{TermID: "r", Line: 4, Surface: "R", Rule: &letter},
			},
			want: []report.IgnoredMatch{
				ruled(report.IgnoredMatch{TermID: "go", Term: "Go", Surface: "go", Line: 1, Text: "Led the go to market plan", Lines: []int{1, 3}, Count: 4}, goLower),
				ruled(report.IgnoredMatch{TermID: "excel", Term: "Microsoft Excel", Surface: "excel", Line: 2, Text: "I excel at SQL", Lines: []int{2}, Count: 1}, verb),
				ruled(report.IgnoredMatch{TermID: "r", Term: "R", Surface: "R", Line: 4, Text: "R&D budget", Lines: []int{4}, Count: 1}, letter),
			},
		},
		{
			name: "same line, two terms: term name decides; one term, two rules: two entries",
			rej: []match.Rejection{
				{TermID: "go", Line: 3, Surface: "go", Rule: &goLower},
				{TermID: "excel", Line: 3, Surface: "excel", Rule: &verb},
				{TermID: "go", Line: 3, Surface: "Go", Rule: &start},
			},
			want: []report.IgnoredMatch{
				ruled(report.IgnoredMatch{TermID: "go", Term: "Go", Surface: "Go", Line: 3, Text: "go go go", Lines: []int{3}, Count: 1}, start),
				ruled(report.IgnoredMatch{TermID: "go", Term: "Go", Surface: "go", Line: 3, Text: "go go go", Lines: []int{3}, Count: 1}, goLower),
				ruled(report.IgnoredMatch{TermID: "excel", Term: "Microsoft Excel", Surface: "excel", Line: 3, Text: "go go go", Lines: []int{3}, Count: 1}, verb),
			},
		},
		{
			name: "out of text order: first occurrence and lines still right",
			rej: []match.Rejection{
				{TermID: "go", Line: 3, Surface: "go", Rule: &goLower},
				{TermID: "go", Line: 1, Surface: "Go", Rule: &goLower},
				{TermID: "go", Line: 3, Surface: "go", Rule: &goLower},
			},
			want: []report.IgnoredMatch{
				ruled(report.IgnoredMatch{TermID: "go", Term: "Go", Surface: "Go", Line: 1, Text: "Led the go to market plan", Lines: []int{1, 3}, Count: 3}, goLower),
			},
		},
		{
			name: "ignored job lines and out-of-range lines are dropped; unknown id keeps the id",
			secs: secs,
			rej: []match.Rejection{
				{TermID: "go", Line: 6, Surface: "go", Rule: &compound},
				{TermID: "go", Line: 0, Surface: "go", Rule: &goLower},
				{TermID: "go", Line: 99, Surface: "go", Rule: &goLower},
				{TermID: "swift", Line: 1, Surface: "swift", Rule: &swift},
			},
			want: []report.IgnoredMatch{ruled(report.IgnoredMatch{TermID: "swift", Term: "swift", Surface: "swift", Line: 1, Text: "Led the go to market plan",
				Lines: []int{1}, Count: 1}, swift)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ignoredMatches(score.Doc{Lines: lines, Sections: tt.secs}, true, tt.rej, name)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ignoredMatches(%+v) mismatch (-want +got):\n%s", tt.rej, diff)
			}
		})
	}
}

// TestMatchReportsIgnoredMatches runs the whole pipeline on the case the
// issue names: the job wants Go and Excel, the resume says "excel at" and
// "go the extra mile"; both are reported as ignored with their rule. "go to
// market" is not among them: it is the go-to-market term, not a rejected Go.
func TestMatchReportsIgnoredMatches(t *testing.T) {
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	job := extract.Source{Name: "job.txt", Data: []byte("Backend Developer\n\nRequirements\n- 3+ years of Go in production\n- Advanced Excel and SQL\n")}
	cv := extract.Source{Name: "cv.md", Data: []byte("# Sam Doe\n\n## Experience\n- Led the go to market plan\n" +
		"- I excel at building teams and SQL reporting\n- Happy to go the extra mile\n")}
	res, err := a.Match(context.Background(), job, cv)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]report.IgnoredMatch{}
	for _, im := range res.Resume.IgnoredMatches {
		got[im.Term] = im
	}
	for _, want := range []struct {
		term, surface, rule string
		line                int
	}{{"Go", "go", "ordinary.lowercase", 6}, {"Microsoft Excel", "excel", "ordinary.lowercase", 5}} {
		im, ok := got[want.term]
		if !ok {
			t.Errorf("resume ignored matches %+v lack %s", res.Resume.IgnoredMatches, want.term)
			continue
		}
		if im.Surface != want.surface || im.Line != want.line || im.RuleID != want.rule ||
			cmp.Diff([]int{want.line}, im.Lines) != "" || im.Count != 1 {
			t.Errorf("ignored %s = %+v; want %q once on line %d under rule %s", want.term, im, want.surface, want.line, want.rule)
		}
	}
	if len(res.Job.IgnoredMatches) != 0 {
		t.Errorf("job ignored matches = %+v, want none (Go and Excel count there)", res.Job.IgnoredMatches)
	}
}

// TestIgnoredMatchesBoilerplateSentence: a company-blurb sentence hides its
// rejections in a job, which does not count it, but not in a resume, which
// has no boilerplate ("Acme is a leading HR portal maker" is a job held).
func TestIgnoredMatchesBoilerplateSentence(t *testing.T) {
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	line := "Acme is a leading HR portal maker. I built the HR tools."
	job := extract.Source{Name: "job.txt", Data: []byte("Requirements\n- Go and SQL\nAbout the role\n" + line + "\n")}
	cv := extract.Source{Name: "cv.txt", Data: []byte("Experience\n" + line + "\n")}
	res, err := a.Match(context.Background(), job, cv)
	if err != nil {
		t.Fatal(err)
	}
	hrCount := func(ims []report.IgnoredMatch) int {
		for _, im := range ims {
			if im.Surface == "HR" {
				return im.Count
			}
		}
		return 0
	}
	if got := hrCount(res.Resume.IgnoredMatches); got != 2 {
		t.Errorf("resume ignored 'HR' %d times, want 2 (both sentences): %+v", got, res.Resume.IgnoredMatches)
	}
	if got := hrCount(res.Job.IgnoredMatches); got != 1 {
		t.Errorf("job ignored 'HR' %d times, want 1 (not in the blurb sentence): %+v", got, res.Job.IgnoredMatches)
	}
}

// TestKeywordsReportsIgnoredMatches: `atsmatch keywords` carries the same
// ignored words as a match report, so its JSON explains what did not count.
func TestKeywordsReportsIgnoredMatches(t *testing.T) {
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := extract.Source{Name: "cv.txt", Data: []byte("We go the extra mile and excel at service.\nSkills: Python, Go, Excel\n")}
	res, err := a.Keywords(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, im := range res.Document.IgnoredMatches {
		got = append(got, fmt.Sprintf("%s %q line %d", im.TermID, im.Surface, im.Line))
	}
	want := []string{`go "go" line 1`, `microsoft-excel "excel" line 1`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Keywords ignored matches mismatch (-want +got):\n%s", diff)
	}
}

func TestEvidenceText(t *testing.T) {
	lines := []string{
		"  Skills: C#, .NET  ",
		"Frameworks: Spring Boot      Messaging: Kafka",
		"leadership skills, strategic",
		"thinking and a record",
		"Python       Jest • React Testing",
		"SQL          Library • Cypress",
	}
	// Byte offsets: where each line starts.
	at := []int{0}
	for _, l := range lines {
		at = append(at, at[len(at)-1]+len(l)+1)
	}
	for _, tt := range []struct {
		name     string
		line     int
		end      int
		surface  string
		wantText string
	}{
		{"trimmed", 1, at[0] + 11, "C#", "Skills: C#, .NET"},
		{"column gaps closed up", 2, at[1] + 23, "Spring Boot", "Frameworks: Spring Boot Messaging: Kafka"},
		{"a prose wrap shows both lines", 3, at[3] + 8, "strategic thinking", "leadership skills, strategic thinking and a record"},
		{"a column wrap shows both lines", 5, at[5] + 20, "React Testing Library", "Python Jest • React Testing SQL Library • Cypress"},
		{"a surface written otherwise on its own line", 3, at[2] + 5, "Leadership", "leadership skills, strategic"},
		{"the last line", 6, at[5] + 20, "Cypress Library", "SQL Library • Cypress"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := evidenceText(lines, tt.line, tt.end, tt.surface); got != tt.wantText {
				t.Errorf("evidenceText(line %d, %q) = %q, want %q", tt.line, tt.surface, got, tt.wantText)
			}
		})
	}
}
