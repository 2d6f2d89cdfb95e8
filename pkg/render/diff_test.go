package render

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// diffSide is one side of a diff built from a match report.
// The documents go without their ignored words, as pkg/delta leaves them.
func diffSide(r *report.MatchResult) report.DiffSide {
	job, resume := r.Job, r.Resume
	job.IgnoredMatches, resume.IgnoredMatches = nil, nil
	return report.DiffSide{Job: job, Resume: resume, Score: r.Score, Subscores: r.Subscores, Coverage: r.Coverage}
}

// The diff fixtures' own terms, so that they do not follow richMatch's
// order: an exact match, an implied one met by another term of an open
// group (its alternatives and rule shown), an alias, and asks with and
// without alternatives.
func diffK8s() report.MatchedTerm {
	return report.MatchedTerm{
		Term: "Kubernetes", Kind: "hard", Category: "devops", Match: "exact", Required: true, Importance: 0.95, JobCount: 2, ResumeCount: 1,
		JobEvidence:    []report.Evidence{{Line: 12, Text: "Experience with Kubernetes and Helm", Surface: "Kubernetes", Match: "exact"}},
		ResumeEvidence: []report.Evidence{{Line: 14, Text: "Moved 40 services onto Kubernetes with Helm charts", Surface: "Kubernetes", Match: "exact"}},
	}
}

func diffQueues() report.MatchedTerm {
	return report.MatchedTerm{
		Term: "Message Queues", Kind: "hard", Category: "messaging", Match: "implied", Required: true, Importance: 0.5, JobCount: 1, ResumeCount: 1,
		JobEvidence: []report.Evidence{{Line: 16, Text: "Message queues such as RabbitMQ or Kafka", Surface: "Message queues", Match: "exact"}},
		ResumeEvidence: []report.Evidence{{Line: 7, Text: "Moved billing events to Azure Service Bus", Surface: "Azure Service Bus",
			Match: "implied", Rule: "counted: Azure Service Bus is a kind of Message Queues (the job's examples: RabbitMQ, Apache Kafka)",
			RuleID: "group.equivalent"}},
		Alternatives: []string{"RabbitMQ", "Apache Kafka"}, Open: true, SatisfiedBy: "Azure Service Bus",
	}
}

func diffPostgres() report.MatchedTerm {
	return report.MatchedTerm{
		Term: "PostgreSQL", Kind: "hard", Category: "databases", Match: "alias", Required: true, Importance: 0.9, JobCount: 2, ResumeCount: 1,
		JobEvidence: []report.Evidence{{Line: 8, Text: "Strong SQL skills (PostgreSQL preferred)", Surface: "PostgreSQL", Match: "exact"}},
		ResumeEvidence: []report.Evidence{{Line: 5, Text: "Ran Postgres 14 clusters for 40 services at Acme Corp, cutting p99 latency by a third through index and vacuum tuning across every region",
			Surface: "Postgres", Match: "alias"}},
	}
}

func diffComm() report.MatchedTerm {
	return report.MatchedTerm{
		Term: "communication", Kind: "soft", Category: "interpersonal", Match: "inflection", Importance: 0.4, JobCount: 1, ResumeCount: 1,
		JobEvidence:    []report.Evidence{{Line: 20, Text: "Excellent communication skills", Surface: "communication", Match: "exact"}},
		ResumeEvidence: []report.Evidence{{Line: 30, Text: "Communicated roadmap to 3 teams", Surface: "Communicated", Match: "inflection"}},
	}
}

func diffMissing() []report.MissingTerm {
	return []report.MissingTerm{
		{Term: "Unit Testing", Kind: "hard", Category: "testing", Importance: 0.6, Required: true, JobCount: 1,
			JobEvidence: []report.Evidence{{Line: 12, Text: "Unit tests with xUnit or NUnit", Surface: "xUnit", Match: "exact"}},
			Suggestion:  "Name the test framework you used.", Alternatives: []string{"NUnit"}},
		{Term: "CI/CD", Kind: "hard", Category: "devops", Importance: 0.6, Preferred: true, JobCount: 1,
			JobEvidence: []report.Evidence{{Line: 14, Text: "Nice to have: CI/CD | GitHub Actions", Surface: "CI/CD", Match: "exact"}},
			Suggestion:  "Mention the `CI/CD` pipelines you built."},
		{Term: "leadership", Kind: "soft", Category: "leadership", Importance: 0.3, JobCount: 1,
			JobEvidence: []report.Evidence{{Line: 21, Text: "Leadership", Surface: "Leadership", Match: "exact"}},
			Suggestion:  "Show leadership with an example."},
	}
}

// richDiff is two versions of a resume against one job: Kubernetes and
// Message Queues gained, PostgreSQL lost.
func richDiff() *report.DiffResult {
	before, after := richMatch(), richMatch()
	before.Resume.Name, after.Resume.Name = "resume-v1.pdf", "resume-v2.pdf"
	before.Score, before.Subscores, before.Coverage = 64, report.Subscores{Hard: 70.4, Soft: 25}, report.Coverage{HardMatched: 7, HardTotal: 11, SoftMatched: 1, SoftTotal: 4}
	after.Score, after.Subscores, after.Coverage = 72.5, report.Subscores{Hard: 78.2, Soft: 50}, report.Coverage{HardMatched: 8, HardTotal: 11, SoftMatched: 2, SoftTotal: 4}
	return &report.DiffResult{
		SchemaVersion: report.SchemaVersion, Compare: report.CompareResumes,
		Before: diffSide(before), After: diffSide(after), Delta: 8.5,
		Gained: []report.TermChange{
			{MatchedTerm: diffK8s(), Before: report.TermMissing, After: report.TermMatched},
			{MatchedTerm: diffQueues(), Before: report.TermMissing, After: report.TermMatched},
		},
		Lost:           []report.TermChange{{MatchedTerm: diffPostgres(), Before: report.TermMatched, After: report.TermMissing}},
		NewMissing:     []report.MissingTerm{},
		DroppedMissing: []report.MissingTerm{},
		// The new version's headline names the role; its degree line
		// replaces the old one.
		Requirements: []report.StatusChange{
			{ID: "job_title", Before: "close", After: "match", Message: `job "Backend Engineer"; resume "Backend Engineer"`,
				EvidenceAdded: []report.Evidence{{Line: 2, Text: "Backend Engineer | Go, Kubernetes"}}},
			{ID: "education", Before: "below", After: "met", Message: "job asks bachelor; resume bachelor",
				EvidenceAdded:   []report.Evidence{{Line: 41, Text: "B.Sc. Computer Science, 2014"}},
				EvidenceRemoved: []report.Evidence{{Line: 40, Text: "A.S., 2014"}, {Line: 42, Text: "Certificate in Networking"}}},
		},
		DictionaryVersion: "2026.11.1", AlgorithmVersion: "1.0.0",
	}
}

// jobsDiff is one resume against two jobs, with every section: terms only
// one job names, and requirement and finding changes.
func jobsDiff() *report.DiffResult {
	a, b := richMatch(), richMatch()
	a.Job.Name, b.Job.Name = "acme.txt", "globex.txt"
	a.Score, a.Subscores, a.Coverage = 72.5, report.Subscores{Hard: 78.2, Soft: 50}, report.Coverage{HardMatched: 8, HardTotal: 11, SoftMatched: 2, SoftTotal: 4}
	b.Score, b.Subscores, b.Coverage = 41.2, report.Subscores{Hard: 45, Soft: 0}, report.Coverage{HardMatched: 3, HardTotal: 7}
	missing := diffMissing()
	return &report.DiffResult{
		SchemaVersion: report.SchemaVersion, Compare: report.CompareJobs,
		Before: diffSide(a), After: diffSide(b), Delta: -31.3,
		Gained:         []report.TermChange{{MatchedTerm: diffQueues(), Before: report.TermNotAsked, After: report.TermMatched}},
		Lost:           []report.TermChange{{MatchedTerm: diffComm(), Before: report.TermMatched, After: report.TermNotAsked}},
		NewMissing:     missing[:2],
		DroppedMissing: missing[2:],
		Requirements: []report.StatusChange{
			{ID: "experience", Before: "met", After: "below", Message: "asks 7 years of Go; the resume shows 5",
				EvidenceAdded: []report.Evidence{{Line: 6, Text: "7+ years of Go"}}, EvidenceRemoved: []report.Evidence{{Line: 7, Text: "5+ years of Go in production"}}},
			{ID: "title", Before: "", After: "close", Message: "Platform Engineer vs Backend Engineer"},
		},
		Findings:          []report.StatusChange{{ID: "contact.email", Before: "pass", After: "fail", Message: "no email address"}},
		DictionaryVersion: "2026.11.1", AlgorithmVersion: "1.0.0",
	}
}

// sameDiff is a diff where nothing changed (a save that changed no term).
func sameDiff() *report.DiffResult {
	r := emptyMatch()
	return &report.DiffResult{
		SchemaVersion: report.SchemaVersion, Compare: report.CompareResumes,
		Before: diffSide(r), After: diffSide(r), DictionaryVersion: "2026.11.1", AlgorithmVersion: "1.0.0",
	}
}

// hostileDiff carries control sequences in every document-derived string.
func hostileDiff() *report.DiffResult {
	h := hostileMatch()
	d := sameDiff()
	d.Before.Resume.Name, d.After.Job.Name = "old\x1b[2J.md", "job\u009b.txt"
	d.Compare = report.CompareJobs
	d.After.Resume.Name = d.Before.Resume.Name
	d.Gained = []report.TermChange{{MatchedTerm: report.MatchedTerm{Term: h.Missing[0].Term, Kind: "hard", Match: "exact\x1b[1m",
		ResumeEvidence: h.Missing[0].JobEvidence, JobEvidence: h.Missing[0].JobEvidence}, Before: report.TermNotAsked, After: report.TermMatched}}
	d.NewMissing = h.Missing
	d.Findings = []report.StatusChange{{ID: "x\x1b[2J", Before: "pass\a", After: "fail", Message: "m|`\x1b]0;t\a",
		EvidenceAdded: []report.Evidence{{Line: 3, Text: "e\x1b[31m|`<b>\u009b"}}}}
	return d
}

func diffGoldenCases() []struct {
	name string
	d    *report.DiffResult
	o    Options
} {
	return []struct {
		name string
		d    *report.DiffResult
		o    Options
	}{
		{"diff", richDiff(), Options{}},
		{"diff-verbose", richDiff(), Options{Verbose: true}},
		{"diff-jobs", jobsDiff(), Options{}},
		{"diff-same", sameDiff(), Options{}},
		{"diff-hostile", hostileDiff(), Options{Verbose: true}},
	}
}

func TestDiffGolden(t *testing.T) {
	for _, f := range DiffFormats() {
		for _, tc := range diffGoldenCases() {
			t.Run(string(f)+"/"+tc.name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := WriteDiff(&buf, f, tc.d, tc.o); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, goldenPath(f, tc.name), buf.Bytes())
			})
		}
	}
}

// TestDiffGoldenColor: + lines green, - lines red, section lines cyan,
// as git diff colours them.
func TestDiffGoldenColor(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteDiff(&buf, Text, richDiff(), Options{Color: true}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\x1b[32m+ Kubernetes\x1b[0m", "\x1b[32m+ Message Queues\x1b[0m", "\x1b[31m- PostgreSQL\x1b[0m", "\x1b[36mGained (2)\x1b[0m", "\x1b[32m+8.5\x1b[0m"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("colour output lacks %q", want)
		}
	}
	checkGolden(t, goldenPath(Text, "diff-color"), buf.Bytes())
}

func TestDiffBriefGolden(t *testing.T) {
	for _, f := range []Format{Text, Markdown} {
		for _, tc := range []struct {
			name string
			d    *report.DiffResult
		}{{"brief", richDiff()}, {"brief-same", sameDiff()}} {
			t.Run(string(f)+"/"+tc.name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := WriteDiffBrief(&buf, f, tc.d, Options{}); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, goldenPath(f, "diff-"+tc.name), buf.Bytes())
			})
		}
	}
	// JSON takes no preamble.
	var buf bytes.Buffer
	if err := WriteDiffBrief(&buf, JSON, richDiff(), Options{}); err != nil || buf.Len() != 0 {
		t.Errorf("WriteDiffBrief(json) = %q, %v; want nothing", buf.String(), err)
	}
}

func TestDiffNoEscapesWithoutColor(t *testing.T) {
	for _, tc := range diffGoldenCases() {
		for _, f := range DiffFormats() {
			var buf bytes.Buffer
			if err := WriteDiff(&buf, f, tc.d, Options{Verbose: true}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if f == JSON {
				// JSON escapes control characters itself; check the decoded text is
				// the report's, not that it has none.
				continue
			}
			if strings.ContainsAny(out, "\x1b\a") || strings.Contains(out, "\u009b") {
				t.Errorf("%s/%s: control characters in the output:\n%q", f, tc.name, out)
			}
		}
	}
}

// TestDiffJSONRoundTrip: the JSON decodes back into the same DiffResult,
// lists are [] and never null, and the absent sections are left out.
func TestDiffJSONRoundTrip(t *testing.T) {
	for _, tc := range diffGoldenCases() {
		var buf bytes.Buffer
		if err := WriteDiff(&buf, JSON, tc.d, Options{}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(buf.String(), "null") {
			t.Errorf("%s: null in the JSON", tc.name)
		}
		var got report.DiffResult
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		want := *tc.d
		normalizeDiff(&want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: round trip (-want +got):\n%s", tc.name, diff)
		}
		if tc.d.Requirements == nil && strings.Contains(buf.String(), `"requirements"`) {
			t.Errorf("%s: requirements written though the reports carry none", tc.name)
		}
	}
}

// normalizeDiff is what a JSON round trip makes of nil lists: empty ones
// (the omitempty sections stay nil).
func normalizeDiff(d *report.DiffResult) {
	if d.Gained == nil {
		d.Gained = []report.TermChange{}
	}
	if d.Lost == nil {
		d.Lost = []report.TermChange{}
	}
	if d.NewMissing == nil {
		d.NewMissing = []report.MissingTerm{}
	}
	if d.DroppedMissing == nil {
		d.DroppedMissing = []report.MissingTerm{}
	}
	for _, s := range []*report.DiffSide{&d.Before, &d.After} {
		for _, doc := range []*report.Document{&s.Job, &s.Resume} {
			if doc.Parse.Warnings == nil {
				doc.Parse.Warnings = []string{}
			}
		}
	}
	for _, l := range [][]report.TermChange{d.Gained, d.Lost} {
		for i := range l {
			fixEvidence(&l[i].JobEvidence)
			fixEvidence(&l[i].ResumeEvidence)
		}
	}
	for _, l := range [][]report.MissingTerm{d.NewMissing, d.DroppedMissing} {
		for i := range l {
			fixEvidence(&l[i].JobEvidence)
		}
	}
}

func fixEvidence(ev *[]report.Evidence) {
	if *ev == nil {
		*ev = []report.Evidence{}
	}
}

func TestWriteDiffErrors(t *testing.T) {
	if err := WriteDiff(&bytes.Buffer{}, HTML, richDiff(), Options{}); err == nil {
		t.Error("WriteDiff(html) = nil error, want unsupported")
	}
	if err := WriteDiff(&bytes.Buffer{}, Text, nil, Options{}); err == nil {
		t.Error("WriteDiff(nil) = nil error")
	}
	for _, f := range DiffFormats() {
		if err := WriteDiff(failWriter{}, f, richDiff(), Options{}); err == nil {
			t.Errorf("WriteDiff(%s) to a failing writer = nil error", f)
		}
	}
	if got := DiffFormats(); !slices.Equal(got, []Format{Text, JSON, Markdown}) {
		t.Errorf("DiffFormats() = %v", got)
	}
}

// TestDiffBriefRequirementOnly: a save that changes only a requirement's
// status (a date fixed, a degree added) is a change, not "no change".
func TestDiffBriefRequirementOnly(t *testing.T) {
	d := sameDiff()
	d.Requirements = []report.StatusChange{{ID: "experience", Before: "below", After: "met"}}
	for _, f := range []Format{Text, Markdown} {
		var buf bytes.Buffer
		if err := WriteDiffBrief(&buf, f, d, Options{}); err != nil {
			t.Fatal(err)
		}
		if out := buf.String(); strings.Contains(out, "no change") || !strings.Contains(out, "experience below → met") {
			t.Errorf("%s brief = %q; want the experience change, not \"no change\"", f, out)
		}
	}
}

// TestDiffTextLongStatusMessage: a status message wider than its column
// is printed whole on a line of its own, never cut: its end names the
// kind of work the resume is short in.
func TestDiffTextLongStatusMessage(t *testing.T) {
	d := jobsDiff()
	msg := "job asks 5+ years; resume 3 years in dated roles; 3 of 5+ years in backend development experience with Java"
	d.Requirements[0].Message = msg
	var buf bytes.Buffer
	if err := WriteDiff(&buf, Text, d, Options{}); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, "~ experience  met → below\n    "+msg+"\n") {
		t.Errorf("want the experience message whole on its own line:\n%s", out)
	}
}

// TestTextEvidenceSqueezesLayout: a role line whose dates are set off to
// the right by a run of spaces is quoted with one space there, so the
// dates (what changed) fit in the snippet.
func TestTextEvidenceSqueezesLayout(t *testing.T) {
	d := jobsDiff()
	d.Requirements[0].EvidenceAdded = []report.Evidence{{Line: 10, Text: "Engineer II - Acme Payments, Indy, IN" + strings.Repeat(" ", 30) + "Mar 2021 - Present"}}
	var buf bytes.Buffer
	if err := WriteDiff(&buf, Text, d, Options{}); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, `line 10: "Engineer II - Acme Payments, Indy, IN Mar 2021 - Present"`) {
		t.Errorf("want the role line with its dates, one space before them:\n%s", out)
	}
}
