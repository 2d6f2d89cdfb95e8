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
			before: []Status{st("education", "met", "Bachelor's")}, after: []Status{st("education", "met", "a BSc")},
		},
		{
			name:   "changed, new and gone, after's order then before's",
			before: []Status{st("contact.email", "fail", "no email"), st("experience", "below", "2 of 5 years"), st("dates.format", "warn", "mixed")},
			after:  []Status{st("title", "match", "Backend Engineer"), st("experience", "met", "5 of 5 years"), st("contact.email", "fail", "no email")},
			want: []report.StatusChange{
				{ID: "title", Before: "", After: "match", Message: "Backend Engineer"},
				{ID: "experience", Before: "below", After: "met", Message: "5 of 5 years"},
				{ID: "dates.format", Before: "warn", After: "", Message: "mixed"},
			},
		},
		{
			// The line that made the difference: what one side cites and the
			// other does not, by text (a line that moved is none); a status
			// gone cites what it had.
			name: "evidence: added and removed lines, by text",
			before: []Status{
				{ID: "experience", Status: "below", Message: "2", Evidence: []report.Evidence{ev(4, "Acme, 2021 - Present"), ev(9, "Intern, 2019")}},
				{ID: "education", Status: "met", Evidence: []report.Evidence{ev(12, "BSc Physics")}},
			},
			after: []Status{
				{ID: "experience", Status: "met", Message: "5", Evidence: []report.Evidence{ev(3, "Initech, 2018 - 2021"), ev(5, "Acme, 2021 - Present"), ev(6, "Initech, 2018 - 2021")}},
			},
			want: []report.StatusChange{
				{ID: "experience", Before: "below", After: "met", Message: "5",
					EvidenceAdded: []report.Evidence{ev(3, "Initech, 2018 - 2021")}, EvidenceRemoved: []report.Evidence{ev(9, "Intern, 2019")}},
				{ID: "education", Before: "met", After: "", EvidenceRemoved: []report.Evidence{ev(12, "BSc Physics")}},
			},
		},
		{
			name:   "a repeated id counts once, the first",
			before: []Status{st("x", "pass", ""), st("x", "fail", "")}, after: []Status{st("x", "pass", ""), st("x", "warn", "")},
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

func st(id, status, msg string) Status { return Status{ID: id, Status: status, Message: msg} }

func ev(line int, text string) report.Evidence { return report.Evidence{Line: line, Text: text} }

// reqs is a report's requirements: a title, a bachelor's asked, years.
func reqs(title, titleStatus, degreeLevel, eduStatus string, held float64, xStatus string, roles ...report.Evidence) *report.Requirements {
	q := &report.Requirements{
		JobTitle: report.TitleRequirement{Job: "Backend Engineer", Resume: title, Status: titleStatus,
			JobEvidence: []report.Evidence{ev(1, "Backend Engineer")}},
		Education: report.EducationRequirement{Required: &report.Degree{Level: "bachelor", Name: "Bachelor's Degree"}, Status: eduStatus,
			JobEvidence: []report.Evidence{ev(9, "BS in Computer Science")}},
		Experience: report.ExperienceRequirement{RequiredYears: 5, ResumeYears: held, Status: xStatus,
			JobEvidence: []report.Evidence{ev(7, "5+ years of backend work")}, ResumeEvidence: roles},
		Knockouts: []report.Knockout{{Kind: "travel", Text: "Travel 25%", Line: 20}},
	}
	if title != "" {
		q.JobTitle.ResumeEvidence = []report.Evidence{ev(2, title)}
	}
	if degreeLevel != "" {
		q.Education.Resume = &report.Degree{Level: degreeLevel, Name: degreeLevel}
		q.Education.ResumeEvidence = []report.Evidence{ev(30, degreeLevel+" degree, 2015")}
	}
	return q
}

func withReqs(r *report.MatchResult, q *report.Requirements) *report.MatchResult {
	r.Requirements = q
	return r
}

// TestCompareRequirements: the requirement statuses that changed, each
// with the lines that made the difference; none unless both reports
// carry requirements; findings likewise.
func TestCompareRequirements(t *testing.T) {
	acme, initech := ev(5, "Acme, Jan 2021 - Present"), ev(8, "Initech, 2016 - 2020")
	findings := func(email string) *report.Findings {
		lines := []int{}
		if email == "pass" {
			lines = []int{2, 9} // 9 is past the text: no evidence
		}
		return &report.Findings{Kind: "resume", Checks: []report.Finding{
			{ID: "contact.email", Status: email, Message: "email " + email, Lines: lines},
			{ID: "contact.phone", Status: "pass", Message: "phone found"},
		}}
	}
	tests := []struct {
		name          string
		before, after *report.MatchResult
		reqs, finds   []report.StatusChange
	}{
		{
			name:   "a new version: title, education and experience met, each with its new line",
			before: withReqs(result("job.txt", "old.md", 50, nil, nil), reqs("", "missing", "associate", "below", 3.5, "below", acme)),
			after:  withReqs(result("job.txt", "new.md", 70, nil, nil), reqs("Backend Engineer", "match", "master", "met", 8, "met", acme, initech)),
			reqs: []report.StatusChange{
				{ID: "job_title", Before: "missing", After: "match", Message: `job "Backend Engineer"; resume "Backend Engineer"`,
					EvidenceAdded: []report.Evidence{ev(2, "Backend Engineer")}},
				{ID: "education", Before: "below", After: "met", Message: "job asks bachelor; resume master",
					EvidenceAdded: []report.Evidence{ev(30, "master degree, 2015")}, EvidenceRemoved: []report.Evidence{ev(30, "associate degree, 2015")}},
				{ID: "experience", Before: "below", After: "met", Message: "job asks 5+ years; resume 8 years in dated roles",
					EvidenceAdded: []report.Evidence{initech}},
			},
		},
		{
			name:   "read backwards: what the old version had is removed",
			before: withReqs(result("job.txt", "new.md", 70, nil, nil), reqs("Backend Engineer", "match", "master", "met", 8, "met", acme, initech)),
			after:  withReqs(result("job.txt", "old.md", 50, nil, nil), reqs("", "missing", "", "unknown", 3.5, "below", acme)),
			reqs: []report.StatusChange{
				{ID: "job_title", Before: "match", After: "missing", Message: `job "Backend Engineer"; no resume title of that role`,
					EvidenceRemoved: []report.Evidence{ev(2, "Backend Engineer")}},
				{ID: "education", Before: "met", After: "unknown", Message: "job asks bachelor; no degree on the resume",
					EvidenceRemoved: []report.Evidence{ev(30, "master degree, 2015")}},
				{ID: "experience", Before: "met", After: "below", Message: "job asks 5+ years; resume 3.5 years in dated roles",
					EvidenceRemoved: []report.Evidence{initech}},
			},
		},
		{
			name:   "unchanged statuses: nothing, though lines moved",
			before: withReqs(result("job.txt", "old.md", 50, nil, nil), reqs("Backend Engineer", "match", "", "unknown", 3.5, "below", acme)),
			after:  withReqs(result("job.txt", "new.md", 50, nil, nil), reqs("Backend Engineer", "match", "", "unknown", 4, "below", ev(9, acme.Text))),
		},
		{
			name:   "one side without requirements (an older report): no section",
			before: result("job.txt", "old.md", 50, nil, nil),
			after:  withReqs(result("job.txt", "new.md", 70, nil, nil), reqs("Backend Engineer", "match", "master", "met", 8, "met", acme)),
		},
		{
			name: "with --check on both sides: the findings that changed",
			before: func() *report.MatchResult {
				r := result("job.txt", "old.md", 50, nil, nil)
				r.ATSFindings = findings("fail")
				return r
			}(),
			after: func() *report.MatchResult {
				r := result("job.txt", "new.md", 50, nil, nil)
				r.ATSFindings, r.ResumeLines = findings("pass"), []string{"Sam Doe", "sam@example.com"}
				return r
			}(),
			finds: []report.StatusChange{{ID: "contact.email", Before: "fail", After: "pass", Message: "email pass",
				EvidenceAdded: []report.Evidence{ev(2, "sam@example.com")}}},
		},
		{
			name:   "findings on one side only: no section",
			before: result("job.txt", "old.md", 50, nil, nil),
			after: func() *report.MatchResult {
				r := result("job.txt", "new.md", 50, nil, nil)
				r.ATSFindings = findings("pass")
				return r
			}(),
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Compare(tc.before, tc.after)
			if diff := cmp.Diff(tc.reqs, d.Requirements); diff != "" {
				t.Errorf("requirements (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.finds, d.Findings); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCompareRequirementsJobs: one resume against two jobs cites the
// jobs' lines, and a skill's years count as experience evidence; the
// reports' evidence arrays are never written to.
func TestCompareRequirementsJobs(t *testing.T) {
	a := withReqs(result("a.txt", "cv.md", 60, nil, nil), reqs("Backend Engineer", "match", "bachelor", "met", 6, "met", ev(5, "Acme, 2019 - Present")))
	b := withReqs(result("b.txt", "cv.md", 40, nil, nil), reqs("Backend Engineer", "match", "bachelor", "met", 6, "below", ev(5, "Acme, 2019 - Present")))
	b.Requirements.Education.Status = "below"
	b.Requirements.Education.Required = &report.Degree{Level: "master", Name: "Master's Degree"}
	b.Requirements.Education.JobEvidence = []report.Evidence{ev(11, "MS required")}
	x := &b.Requirements.Experience
	x.JobEvidence = make([]report.Evidence, 1, 4) // room to append into: must stay untouched
	x.JobEvidence[0] = ev(7, "5+ years of backend work")
	x.Skills = []report.SkillExperience{{Skill: "Kubernetes", RequiredYears: 3, ResumeYears: 1, Status: "below",
		JobEvidence: []report.Evidence{ev(8, "3+ years of Kubernetes")}}}
	d := Compare(a, b)
	want := []report.StatusChange{
		{ID: "education", Before: "met", After: "below", Message: "job asks master; resume bachelor",
			EvidenceAdded: []report.Evidence{ev(11, "MS required")}, EvidenceRemoved: []report.Evidence{ev(9, "BS in Computer Science")}},
		{ID: "experience", Before: "met", After: "below", Message: "job asks 5+ years; resume 6 years in dated roles; 1 of 3+ years in Kubernetes",
			EvidenceAdded: []report.Evidence{ev(8, "3+ years of Kubernetes")}},
	}
	if d.Compare != report.CompareJobs {
		t.Fatalf("compare %s", d.Compare)
	}
	if diff := cmp.Diff(want, d.Requirements); diff != "" {
		t.Errorf("requirements (-want +got):\n%s", diff)
	}
	if got := x.JobEvidence[:cap(x.JobEvidence)][1]; got != (report.Evidence{}) {
		t.Errorf("the report's evidence array was written to: %+v", got)
	}
}

// TestExperienceMessage: the years held carry their unit, as the match
// report writes them, and a resume without dated roles says so rather
// than "0"; a job that only prefers years says so.
func TestExperienceMessage(t *testing.T) {
	role := []report.Evidence{ev(5, "Backend Developer, Acme, 2019 - Present")}
	tests := []struct {
		x    report.ExperienceRequirement
		want string
	}{
		{report.ExperienceRequirement{RequiredYears: 5, ResumeYears: 6.5, Status: "met", ResumeEvidence: role}, "job asks 5+ years; resume 6.5 years in dated roles"},
		{report.ExperienceRequirement{RequiredYears: 5, Status: "unknown"}, "job asks 5+ years; no dated roles on the resume"},
		{report.ExperienceRequirement{RequiredYears: 2, Preferred: true, ResumeYears: 1.5, Status: "below", ResumeEvidence: role}, "job prefers 2+ years; resume 1.5 years in dated roles"},
		{report.ExperienceRequirement{Status: "not_asked", ResumeYears: 3, ResumeEvidence: role}, "no years asked; resume 3 years in dated roles"},
		{report.ExperienceRequirement{RequiredYears: 5, ResumeYears: 6, Status: "below", ResumeEvidence: role,
			Skills: []report.SkillExperience{{Skill: "Go", RequiredYears: 3, ResumeYears: 3, Status: "met"}, {Skill: "Kubernetes", RequiredYears: 3, ResumeYears: 1, Status: "below"}}},
			"job asks 5+ years; resume 6 years in dated roles; 1 of 3+ years in Kubernetes"},
	}
	for _, tt := range tests {
		if got := experienceMessage(tt.x); got != tt.want {
			t.Errorf("experienceMessage(%+v) = %q, want %q", tt.x, got, tt.want)
		}
	}
}
