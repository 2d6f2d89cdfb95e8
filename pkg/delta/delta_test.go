package delta

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/atsmatch/atsmatch/pkg/report"
)

func matched(term, kind string, line int, text string) report.MatchedTerm {
	return report.MatchedTerm{Term: term, Kind: kind, Category: "c", Match: "exact", Importance: 0.2, JobCount: 1, ResumeCount: 1,
		JobEvidence:    []report.Evidence{{Line: 3, Text: "needs " + term}},
		ResumeEvidence: []report.Evidence{{Line: line, Text: text, Surface: term}}}
}

func missing(term, kind string) report.MissingTerm {
	return report.MissingTerm{Term: term, Kind: kind, Category: "c", Importance: 0.2, JobCount: 1,
		JobEvidence: []report.Evidence{{Line: 4, Text: "needs " + term}}, Suggestion: "Add " + term + "."}
}

func result(job, resume string, score float64, m []report.MatchedTerm, x []report.MissingTerm) *report.MatchResult {
	return &report.MatchResult{
		SchemaVersion: report.SchemaVersion,
		Job:           report.Document{Name: job}, Resume: report.Document{Name: resume},
		Score: score, Subscores: report.Subscores{Hard: score, Soft: 50},
		Coverage: report.Coverage{HardMatched: len(m), HardTotal: len(m) + len(x)},
		Matched:  m, Missing: x, DictionaryVersion: "d1", AlgorithmVersion: "a1",
	}
}

func TestCompare(t *testing.T) {
	goOld := matched("Go", "hard", 2, "Go services")
	goNew := matched("Go", "hard", 5, "Wrote Go services")
	docker := matched("Docker", "hard", 7, "Shipped in Docker")
	k8s := matched("Kubernetes", "hard", 9, "Ran Kubernetes")
	tf := matched("Terraform", "hard", 4, "Terraform modules")
	comm := matched("communication", "soft", 11, "Communicated plans")

	tests := []struct {
		name          string
		before, after *report.MatchResult
		want          *report.DiffResult
	}{
		{
			name:   "same report: nothing changed",
			before: result("job.txt", "cv.md", 62.5, []report.MatchedTerm{goOld}, []report.MissingTerm{missing("Docker", "hard")}),
			after:  result("job.txt", "cv.md", 62.5, []report.MatchedTerm{goOld}, []report.MissingTerm{missing("Docker", "hard")}),
			want:   &report.DiffResult{Compare: report.CompareResumes},
		},
		{
			// A term matched on a different line is no change: the diff is
			// about verdicts, not evidence.
			name: "a new resume gains two terms and loses one, in the reports' order",
			before: result("job.txt", "old.md", 62.5, []report.MatchedTerm{goOld, tf},
				[]report.MissingTerm{missing("Kubernetes", "hard"), missing("Docker", "hard"), missing("communication", "soft")}),
			after: result("job.txt", "new.md", 71, []report.MatchedTerm{k8s, goNew, docker},
				[]report.MissingTerm{missing("Terraform", "hard"), missing("communication", "soft")}),
			want: &report.DiffResult{
				Compare: report.CompareResumes, Delta: 8.5,
				Gained: []report.TermChange{
					{MatchedTerm: k8s, Before: report.TermMissing, After: report.TermMatched},
					{MatchedTerm: docker, Before: report.TermMissing, After: report.TermMatched},
				},
				Lost: []report.TermChange{{MatchedTerm: tf, Before: report.TermMatched, After: report.TermMissing}},
			},
		},
		{
			name: "one resume, two jobs: terms only one job names",
			before: result("a.txt", "cv.md", 80, []report.MatchedTerm{goOld, tf},
				[]report.MissingTerm{missing("Kubernetes", "hard"), missing("Rust", "hard")}),
			after: result("b.txt", "cv.md", 55.3, []report.MatchedTerm{goOld, comm},
				[]report.MissingTerm{missing("Kubernetes", "hard"), missing("Java", "hard")}),
			want: &report.DiffResult{
				Compare: report.CompareJobs, Delta: -24.7,
				Gained:         []report.TermChange{{MatchedTerm: comm, Before: report.TermNotAsked, After: report.TermMatched}},
				Lost:           []report.TermChange{{MatchedTerm: tf, Before: report.TermMatched, After: report.TermNotAsked}},
				NewMissing:     []report.MissingTerm{missing("Java", "hard")},
				DroppedMissing: []report.MissingTerm{missing("Rust", "hard")},
			},
		},
		{
			// The same name as another kind is another term (an overlay may
			// define one).
			name:   "a term is its name and kind",
			before: result("job.txt", "cv.md", 50, []report.MatchedTerm{matched("X", "soft", 1, "X")}, []report.MissingTerm{missing("X", "hard")}),
			after:  result("job.txt", "cv.md", 50, []report.MatchedTerm{matched("X", "hard", 1, "X")}, []report.MissingTerm{missing("X", "soft")}),
			want: &report.DiffResult{
				Compare: report.CompareResumes,
				Gained:  []report.TermChange{{MatchedTerm: matched("X", "hard", 1, "X"), Before: report.TermMissing, After: report.TermMatched}},
				Lost:    []report.TermChange{{MatchedTerm: matched("X", "soft", 1, "X"), Before: report.TermMatched, After: report.TermMissing}},
			},
		},
		{
			name:   "an empty report against a full one",
			before: result("job.txt", "cv.md", 0, nil, nil),
			after:  result("job.txt", "cv.md", 100, []report.MatchedTerm{goOld}, nil),
			want: &report.DiffResult{
				Compare: report.CompareResumes, Delta: 100,
				Gained: []report.TermChange{{MatchedTerm: goOld, Before: report.TermNotAsked, After: report.TermMatched}},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Compare(tc.before, tc.after)
			want := tc.want
			want.SchemaVersion = report.SchemaVersion
			want.Before, want.After = side(tc.before), side(tc.after)
			want.DictionaryVersion, want.AlgorithmVersion = "d1", "a1"
			for _, l := range []*[]report.TermChange{&want.Gained, &want.Lost} {
				if *l == nil {
					*l = []report.TermChange{}
				}
			}
			for _, l := range []*[]report.MissingTerm{&want.NewMissing, &want.DroppedMissing} {
				if *l == nil {
					*l = []report.MissingTerm{}
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Compare (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCompareReversed: a diff read backwards swaps gained and lost.
func TestCompareReversed(t *testing.T) {
	a := result("job.txt", "old.md", 40, []report.MatchedTerm{matched("Go", "hard", 1, "Go")}, []report.MissingTerm{missing("Rust", "hard")})
	b := result("job.txt", "new.md", 60, []report.MatchedTerm{matched("Rust", "hard", 2, "Rust")}, []report.MissingTerm{missing("Go", "hard")})
	fwd, back := Compare(a, b), Compare(b, a)
	if fwd.Delta != -back.Delta || len(fwd.Gained) != len(back.Lost) || len(fwd.Lost) != len(back.Gained) {
		t.Fatalf("forward %+v, backward %+v", fwd, back)
	}
	if fwd.Gained[0].Term != back.Lost[0].Term || fwd.Lost[0].Term != back.Gained[0].Term {
		t.Errorf("forward gained %s lost %s; backward gained %s lost %s", fwd.Gained[0].Term, fwd.Lost[0].Term, back.Gained[0].Term, back.Lost[0].Term)
	}
}

func TestRound1(t *testing.T) {
	for _, tc := range []struct{ in, want float64 }{
		{71.0 - 62.5, 8.5}, {0.1 + 0.2, 0.3}, {-0.04, 0}, {55.3 - 80, -24.7}, {33.35, 33.4},
	} {
		if got := round1(tc.in); got != tc.want {
			t.Errorf("round1(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if b, _ := json.Marshal(round1(-0.01)); string(b) != "0" {
		t.Errorf("round1(-0.01) encodes as %s, want 0", b)
	}
}

// TestTermChangeJSON: a changed term is the matched term object, flat,
// with its two states, so fields added to MatchedTerm flow through.
func TestTermChangeJSON(t *testing.T) {
	c := report.TermChange{MatchedTerm: matched("Go", "hard", 2, "Go"), Before: report.TermMissing, After: report.TermMatched}
	got, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	if err := json.Unmarshal(got, &fields); err != nil {
		t.Fatal(err)
	}
	m, _ := json.Marshal(c.MatchedTerm)
	var want map[string]any
	if err := json.Unmarshal(m, &want); err != nil {
		t.Fatal(err)
	}
	want["before"], want["after"] = "missing", "matched"
	if diff := cmp.Diff(want, fields); diff != "" {
		t.Errorf("TermChange JSON (-want +got):\n%s", diff)
	}
}

func TestStatuses(t *testing.T) {
	tests := []struct {
		name          string
		before, after []Status
		want          []report.StatusChange
	}{
		{name: "none", want: nil},
		{
			name:   "same statuses: nothing",
			before: []Status{{"education", "met", "Bachelor's"}}, after: []Status{{"education", "met", "a BSc"}},
		},
		{
			name:   "changed, new and gone, after's order then before's",
			before: []Status{{"contact.email", "fail", "no email"}, {"experience", "below", "2 of 5 years"}, {"dates.format", "warn", "mixed"}},
			after:  []Status{{"title", "match", "Backend Engineer"}, {"experience", "met", "5 of 5 years"}, {"contact.email", "fail", "no email"}},
			want: []report.StatusChange{
				{ID: "title", Before: "", After: "match", Message: "Backend Engineer"},
				{ID: "experience", Before: "below", After: "met", Message: "5 of 5 years"},
				{ID: "dates.format", Before: "warn", After: "", Message: "mixed"},
			},
		},
		{
			name:   "a repeated id counts once, the first",
			before: []Status{{"x", "pass", ""}, {"x", "fail", ""}}, after: []Status{{"x", "pass", ""}, {"x", "warn", ""}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Statuses(tc.before, tc.after)); diff != "" {
				t.Errorf("Statuses (-want +got):\n%s", diff)
			}
		})
	}
}
