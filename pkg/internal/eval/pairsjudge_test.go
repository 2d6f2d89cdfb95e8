package main

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func mustPy(t *testing.T, p string) *pyRegexp {
	t.Helper()
	r, err := compilePy(p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestPyRegexp pins Python's re.search(p, s, re.IGNORECASE) on the
// constructs the expectations use; every want was printed by CPython 3.
func TestPyRegexp(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{`\bjava\b(?!\s*script)`, "Java", true},
		{`\bjava\b(?!\s*script)`, "Core Java", true},
		{`\bjava\b(?!\s*script)`, "JavaScript", false},
		{`\bjava\b(?!\s*script)`, "Java Script", false},
		{`^(go|golang)\b(?!-)`, "Go", true},
		{`^(go|golang)\b(?!-)`, "Golang", true},
		{`^(go|golang)\b(?!-)`, "Go-to person", false},
		{`^(go|golang)\b(?!-)`, "Django", false},
		{`^(go|golang)\b(?!-)`, "Google Cloud", false},
		{`^ci$`, "CI", true},
		{`^ci$`, "CI/CD", false},
		{`^ci$`, "ci\n", true},     // '$' also before a final newline
		{`\bcaf\b`, "café", false}, // \b and \w are Unicode
		{`\b2\s*[-–]\s*4 years`, "2–4 years", true},
		{`^(?!.*master).*(\bb\.?sc?\b|computer science|\bdegree\b)`, "Master's degree", false},
		{`^(?!.*master).*(\bb\.?sc?\b|computer science|\bdegree\b)`, "BSc Computer Science", true},
		{`postgres`, "PostgreSQL", true}, // a search, not a full match
		{`\bc\+\+`, "C++", true},
		{`über`, "ÜBER", true},
		{`£|salary`, "£40,000", true},
		{`\d+`, "٣", true},    // \d is Unicode
		{`k`, "\u212a", true}, // Kelvin sign folds to k, as in Python
	}
	for _, tt := range tests {
		if got := mustPy(t, tt.pattern).search(tt.name); got != tt.want {
			t.Errorf("search(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
	if _, err := compilePy(`(unclosed`); err == nil {
		t.Error("compilePy accepted an unclosed group")
	}
}

func TestStateOf(t *testing.T) {
	out := toolOutput{
		Matched: []toolTerm{{"Docker", []string{"Dockerised"}}, {"Scrum", nil}},
		Missing: []toolTerm{{"Agile", nil}, {"Incident Management", []string{"on-call"}}},
	}
	tests := []struct {
		pattern     string
		names, surf State
	}{
		{`docker`, Present, Present},
		{`agile`, Absent, Absent},
		{`agile|scrum`, Both, Both},
		{`kubernetes`, Silent, Silent},
		{`dockeri[sz]ed`, Silent, Present}, // only the job's words show it
		{`on-call`, Silent, Absent},        // a missing term's surface
		{`scrum|on-call`, Present, Both},   // a surface can make a contradiction
		{`^docker$`, Present, Present},     // names are whole strings
		{`^incident`, Absent, Absent},
		{`management`, Absent, Absent},
	}
	for _, tt := range tests {
		r := mustPy(t, tt.pattern)
		if got, _ := stateOf(r, out, namesOnly); got != tt.names {
			t.Errorf("%q names only: %s, want %s", tt.pattern, got, tt.names)
		}
		if got, _ := stateOf(r, out, nameOrSurface); got != tt.surf {
			t.Errorf("%q name or surface: %s, want %s", tt.pattern, got, tt.surf)
		}
	}
	_, hits := stateOf(mustPy(t, `docker|on-call`), out, nameOrSurface)
	want := []hit{{"Docker", false, ""}, {"Incident Management", true, "on-call"}}
	if diff := cmp.Diff(want, hits); diff != "" {
		t.Errorf("hits (-want +got):\n%s", diff)
	}
}

func TestVerdict(t *testing.T) {
	want := map[string]map[State]string{
		listMatched: {Present: "ok", Absent: "wrong", Both: "wrong", Silent: "neutral"},
		listMissing: {Present: "wrong", Absent: "ok", Both: "wrong", Silent: "neutral"},
		listAlt:     {Present: "ok", Absent: "wrong", Both: "wrong", Silent: "ok"},
	}
	for list, m := range want {
		for s, v := range m {
			if got := verdict(list, s); got != v {
				t.Errorf("verdict(%s, %s) = %s, want %s", list, s, got, v)
			}
		}
	}
}

// TestJudgePair judges a hand-made pair: every list, a years ask, a
// never_count hit by name and one by surface only, unjudged terms.
func TestJudgePair(t *testing.T) {
	p, err := compilePair("01-test", rawPair{
		Band: [2]float64{60, 75},
		Matched: [][2]string{
			{"Java", `\bjava\b(?!\s*script)`},       // PRESENT
			{"Docker", `docker|containeri[sz]`},     // PRESENT by surface only
			{"CI/CD", `ci ?/ ?cd`},                  // ABSENT
			{"Agile", `agile|scrum`},                // BOTH
			{"Mentoring", `mentor`},                 // SILENT
			{"5+ years Java", `\byears?\b|\byrs\b`}, // years: not judged
		},
		Missing: [][2]string{
			{"Kubernetes", `kubernetes`},  // ABSENT
			{"Go", `^(go|golang)\b(?!-)`}, // PRESENT: false present
			{"Helm", `helm`},              // SILENT
		},
		Alternatives: [][2]string{
			{"GitLab CI", `gitlab`},  // ABSENT: wrong
			{"RabbitMQ", `rabbit`},   // SILENT: fine
			{"Oracle", `\boracle\b`}, // PRESENT: fine
		},
		NeverCount: []string{`remote|hybrid`, `salary|bonus`},
	})
	if err != nil {
		t.Fatal(err)
	}
	out := toolOutput{
		Matched: []toolTerm{{"Java", nil}, {"Containers", []string{"containerised"}}, {"Scrum", nil}, {"Go", nil},
			{"Oracle Database", nil}, {"Remote Work", nil}, {"Git", nil}},
		Missing: []toolTerm{{"CI/CD", nil}, {"Agile", nil}, {"Kubernetes", nil}, {"GitLab CI", nil},
			{"Compensation", []string{"bonus"}}},
		Score: 58,
	}
	surf := judgePair(p, out, nameOrSurface)
	want := tally{Present: 2, Expected: 5, Absent: 1, Lacking: 3, Silent: 2, FalsePresent: 1,
		FalseMissing: 3, AltMissing: 1, Boilerplate: 2}
	if diff := cmp.Diff(want, surf.Tally); diff != "" {
		t.Errorf("name or surface tally (-want +got):\n%s", diff)
	}
	all := want
	all.Expected, all.Silent = 6, 3 // the years ask, SILENT
	if diff := cmp.Diff(all, surf.All); diff != "" {
		t.Errorf("name or surface, with the years ask (-want +got):\n%s", diff)
	}
	wantV := []violation{{"Remote Work", false, "", `remote|hybrid`}, {"Compensation", true, "bonus", `salary|bonus`}}
	if diff := cmp.Diff(wantV, surf.NeverCount); diff != "" {
		t.Errorf("never_count (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]toolTerm{{"Git", nil}}, surf.Unjudged); diff != "" {
		t.Errorf("unjudged (-want +got):\n%s", diff)
	}
	names := judgePair(p, out, namesOnly)
	want = tally{Present: 1, Expected: 5, Absent: 1, Lacking: 3, Silent: 3, FalsePresent: 1,
		FalseMissing: 3, AltMissing: 1, Boilerplate: 1}
	if diff := cmp.Diff(want, names.Tally); diff != "" {
		t.Errorf("names-only tally (-want +got):\n%s", diff)
	}
	if got := names.Judged[1].State; got != Silent {
		t.Errorf("Docker by name only: %s, want SILENT", got)
	}
	if !p.Exps[5].Years || p.Exps[0].Years {
		t.Errorf("years asks: %v %v, want only the fifth", p.Exps[0].Years, p.Exps[5].Years)
	}
}

func TestBandOffset(t *testing.T) {
	band := [2]float64{58, 74}
	for _, tt := range []struct{ score, want float64 }{
		{58, 0}, {74, 0}, {66.5, 0}, {57.9, -0.1}, {30, -28}, {74.5, 0.5}, {100, 26},
	} {
		if got := bandOffset(tt.score, band); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("bandOffset(%g) = %g, want %g", tt.score, got, tt.want)
		}
	}
}

func TestSpearman(t *testing.T) {
	tests := []struct {
		name string
		x, y []float64
		want float64
	}{
		{"same order", []float64{1, 2, 3, 4}, []float64{10, 20, 30, 45}, 1},
		{"reversed", []float64{1, 2, 3}, []float64{9, 5, 1}, -1},
		// Ranks 1, 2.5, 2.5, 4 against 1..4: 4.5 / sqrt(4.5 * 5).
		{"tie in x", []float64{1, 2, 2, 3}, []float64{10, 20, 30, 40}, 4.5 / math.Sqrt(22.5)},
		// Ranks 2, 1, 3.5, 3.5 against 1..4: 3.5 / sqrt(5 * 4.5).
		{"ties in y", []float64{1, 2, 3, 4}, []float64{20, 10, 50, 50}, 3.5 / math.Sqrt(22.5)},
		{"constant", []float64{1, 2, 3}, []float64{5, 5, 5}, math.NaN()},
		{"one value", []float64{1}, []float64{1}, math.NaN()},
		{"lengths differ", []float64{1, 2}, []float64{1, 2, 3}, math.NaN()},
	}
	for _, tt := range tests {
		got := spearman(tt.x, tt.y)
		if math.IsNaN(tt.want) != math.IsNaN(got) || !math.IsNaN(got) && math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: spearman = %v, want %v", tt.name, got, tt.want)
		}
	}
	if diff := cmp.Diff([]float64{3, 1, 3, 3, 5}, ranks([]float64{7, 2, 7, 7, 9})); diff != "" {
		t.Errorf("ranks (-want +got):\n%s", diff)
	}
}

func TestJudgementString(t *testing.T) {
	if got := []string{nameOrSurface.String(), namesOnly.String()}; !cmp.Equal(got, []string{"name or surface", "names only"}) {
		t.Errorf("judgement names %q", got)
	}
}
