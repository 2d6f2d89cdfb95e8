package render

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// checkFindings holds every status, a finding with many lines, one with
// none, and text that needs escaping.
func checkFindings() report.Findings {
	return report.Findings{
		Kind: "resume",
		Checks: []report.Finding{
			{ID: "document.kind", Status: "pass", Message: "reads as a resume: 2 dated roles (line 9)", Lines: []int{9, 14}},
			{ID: "contact.email", Status: "fail", Message: "no email address found", Lines: []int{}, Fix: "add your email address to the top of the resume, in the body text"},
			{ID: "contact.phone", Status: "warn", Message: `phone number "555 0100" only in a header, which many ATS parsers drop`, Lines: []int{1},
				Fix: "move the phone number out of the header into the body text under your name"},
			{ID: "sections.headings", Status: "warn", Message: `1 non-standard heading: "My Journey" | "Toolbox"`, Lines: []int{5},
				Fix: `rename "My Journey" → "Experience"`},
			{ID: "content.measurable", Status: "warn", Message: "2 of 12 experience bullets (16%) show a measurable result (a number, %, or amount)",
				Lines: []int{10, 11, 12, 15, 16, 17, 18, 19, 20, 21}, Fix: "give at least half of your bullets a number"},
			{ID: "layout.pages", Status: "pass", Message: "1 page", Lines: []int{}},
		},
		Summary: report.CheckSummary{Pass: 2, Warn: 3, Fail: 1},
	}
}

func checkLines() []string {
	lines := make([]string, 22)
	for i := range lines {
		lines[i] = "- Worked on the `billing` module | with a long tail of words that goes on past the edge of the screen"
	}
	lines[0] = "555 0100"
	lines[4] = "My Journey"
	lines[8] = "Backend Developer, Acme · Jan 2021 - Present"
	return lines
}

func checkResult() *report.CheckResult {
	return &report.CheckResult{
		SchemaVersion: report.SchemaVersion,
		Document:      report.Document{Name: "cv.pdf", Parse: report.Parse{Format: "pdf", Pages: 1, Words: 310, Confidence: 1, Warnings: []string{}}},
		Findings:      checkFindings(),
		Lines:         checkLines(),
	}
}

func checkJobResult() *report.CheckResult {
	r := checkResult()
	r.Kind = "job-posting"
	r.Checks = append(r.Checks, report.Finding{ID: "job.keywords", Status: "warn",
		Message: "keyword score 55.0 against job.txt: 6 of 11 hard and 2 of 4 soft skills", Lines: []int{},
		Fix: "name the skills you have among those missing, in your own bullets: Kubernetes, CI/CD"})
	r.Summary.Warn++
	r.Job = &report.CheckJob{Name: "job.txt", Score: 55, Subscores: report.Subscores{Hard: 60, Soft: 50},
		Coverage: report.Coverage{HardMatched: 6, HardTotal: 11, SoftMatched: 2, SoftTotal: 4}, TopMissing: []string{"Kubernetes", "CI/CD"}}
	m := richMatch() // the job's requirements, as match reads them
	r.AsOf, r.Requirements = m.AsOf, m.Requirements
	return r
}

func matchWithFindings() *report.MatchResult {
	m := richMatch()
	f := checkFindings()
	m.ATSFindings = &f
	m.ResumeLines = checkLines()
	return m
}

func TestCheckGolden(t *testing.T) {
	cases := []goldenCase{
		{"check", checkResult(), Options{}},
		{"check-verbose", checkResult(), Options{Verbose: true}},
		{"check-job", checkJobResult(), Options{Width: 60}},
		{"match-check", matchWithFindings(), Options{}},
	}
	for _, f := range []Format{Text, JSON, Markdown} {
		for _, tc := range cases {
			t.Run(string(f)+"/"+tc.name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := Write(&buf, f, tc.v, tc.o); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, goldenPath(f, tc.name), buf.Bytes())
			})
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, HTML, matchWithFindings(), Options{}); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, htmlGolden("match-check"), buf.Bytes())
	if err := Write(&buf, HTML, checkResult(), Options{}); err == nil {
		t.Error("html printed a check report")
	}
}

// TestCheckOrder: fail, then warn, then pass, each in report order.
func TestCheckOrder(t *testing.T) {
	var ids []string
	for _, f := range checkOrder(checkFindings().Checks) {
		ids = append(ids, f.ID)
	}
	want := "contact.email contact.phone sections.headings content.measurable document.kind layout.pages"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("order %s", got)
	}
}

// TestMatchWithoutFindings: without --check the match report is as
// before: no section, no field.
func TestMatchWithoutFindings(t *testing.T) {
	for _, f := range []Format{Text, JSON, Markdown, HTML} {
		var buf bytes.Buffer
		if err := Write(&buf, f, richMatch(), Options{}); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(buf.Bytes(), []byte("ATS findings")) || bytes.Contains(buf.Bytes(), []byte("ats_findings")) {
			t.Errorf("%s: findings without --check", f)
		}
	}
}

func TestCheckJSONRoundTrip(t *testing.T) {
	for _, in := range []*report.CheckResult{checkResult(), checkJobResult()} {
		var buf bytes.Buffer
		if err := Write(&buf, JSON, in, Options{}); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(buf.Bytes(), []byte("null")) {
			t.Errorf("JSON contains null:\n%s", buf.String())
		}
		var top map[string]json.RawMessage
		if err := json.Unmarshal(buf.Bytes(), &top); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"schema_version", "document", "kind", "checks", "summary"} {
			if _, ok := top[k]; !ok {
				t.Errorf("no %q in %s", k, buf.String())
			}
		}
		got := &report.CheckResult{}
		dec := json.NewDecoder(&buf)
		dec.DisallowUnknownFields()
		if err := dec.Decode(got); err != nil {
			t.Fatal(err)
		}
		want := normalize(reflect.ValueOf(in)).Interface()
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
	}
}

// TestCheckHostile: a document's text in a finding cannot reach the
// terminal raw, nor break a table or the page.
func TestCheckHostile(t *testing.T) {
	r := checkResult()
	r.Document.Name = "evil\x1b[2J.pdf"
	r.Checks[2].Message = "phone \x1b]0;pwned\a <script>x</script> | `"
	r.Lines[0] = "\x1b[31mred\r\x1b[1A"
	for _, f := range []Format{Text, Markdown} {
		var buf bytes.Buffer
		if err := Write(&buf, f, r, Options{Verbose: true}); err != nil {
			t.Fatal(err)
		}
		if bytes.IndexByte(buf.Bytes(), 0x1b) >= 0 || bytes.IndexByte(buf.Bytes(), '\a') >= 0 {
			t.Errorf("%s: control bytes pass through:\n%q", f, buf.String())
		}
	}
	m := matchWithFindings()
	m.ATSFindings.Checks[2].Message = "<script>alert(1)</script>"
	var buf bytes.Buffer
	if err := Write(&buf, HTML, m, Options{}); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte("<script>")) {
		t.Error("html: a finding's text injects markup")
	}
}

func TestCheckFormats(t *testing.T) {
	if got := FormatsOf[*report.CheckResult](); !cmp.Equal(got, []Format{Text, JSON, Markdown}) {
		t.Errorf("formats %v", got)
	}
	if err := Write(&bytes.Buffer{}, Text, (*report.CheckResult)(nil), Options{}); err == nil {
		t.Error("a nil check result rendered")
	}
}

// TestRequirementsCutBetweenWords: a requirement line too long for the
// text view is cut between words, never inside one ("Computer S…").
func TestRequirementsCutBetweenWords(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, Text, checkJobResult(), Options{Width: 60}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"job Bachelor's Degree in Computer…\n", "resume 6.5 years in…\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("want a line ending %q:\n%s", want, out)
		}
	}
}

// TestKnockoutKindOnce: a knockout kind the job writes on two lines is
// listed once, with both lines, in every format.
func TestKnockoutKindOnce(t *testing.T) {
	r := richMatch() // travel on lines 23 and 24
	for _, o := range []Options{{}, {Verbose: true}} {
		for _, f := range []Format{Text, Markdown, HTML} {
			var buf bytes.Buffer
			if err := Write(&buf, f, r, o); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if n := strings.Count(out, "travel"); n != 1 {
				t.Errorf("%s (verbose %v): travel listed %d times", f, o.Verbose, n)
			}
			if (f != Text || o.Verbose) && !strings.Contains(out, "travel (lines 23, 24)") {
				t.Errorf("%s (verbose %v): want travel (lines 23, 24):\n%s", f, o.Verbose, out)
			}
		}
	}
}
