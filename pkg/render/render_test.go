package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/atsmatch/atsmatch/pkg/report"
)

var update = flag.Bool("update", false, "rewrite golden files")

// richMatch exercises every part of a match report: both kinds, required and
// preferred, several evidence lines with rules, warnings, low confidence,
// ignored sections and characters that need escaping.
func richMatch() *report.MatchResult {
	return &report.MatchResult{
		SchemaVersion: report.SchemaVersion,
		Job: report.Document{Name: "job.txt", Parse: report.Parse{
			Format: "text", Words: 412, Confidence: 1, Warnings: []string{},
		}, IgnoredMatches: []report.IgnoredMatch{
			{TermID: "go", Term: "Go", Surface: "go", Line: 25, Text: "We go the extra mile for customers", Lines: []int{25}, Count: 1,
				Rule: "ignored: lowercase 'go' reads as an ordinary word", RuleID: "ordinary.lowercase", Reason: "lowercase 'go' reads as an ordinary word"},
		}},
		Resume: report.Document{Name: "resume.pdf", Parse: report.Parse{
			Format: "pdf", Pages: 2, Words: 380, Confidence: 0.45,
			Warnings: []string{"page 2 looks like two columns; reading order may be mixed"},
		}, IgnoredMatches: []report.IgnoredMatch{
			{TermID: "leadership", Term: "leadership", Surface: "Led", Line: 4, Text: "Led a team of 5 | shipped weekly",
				Lines: []int{4, 9, 17}, Count: 4, Rule: "ignored: 'Led' starts a sentence with no skill nearby",
				RuleID: "ordinary.sentence-start", Reason: "'Led' starts a sentence with no skill nearby"},
			{TermID: "swift", Term: "Swift", Surface: "swift", Line: 11, Text: "Known for swift delivery", Lines: []int{11}, Count: 1,
				Rule: "ignored: lowercase 'swift' reads as an ordinary word", RuleID: "ordinary.lowercase", Reason: "lowercase 'swift' reads as an ordinary word"},
		}},
		Score:     72.5,
		Subscores: report.Subscores{Hard: 78.2, Soft: 50},
		Coverage:  report.Coverage{HardMatched: 8, HardTotal: 11, SoftMatched: 2, SoftTotal: 4},
		Matched: []report.MatchedTerm{
			{
				Term: "PostgreSQL", Kind: "hard", Category: "databases", Match: "alias", Required: true,
				Importance: 0.9, JobCount: 2, ResumeCount: 1,
				JobEvidence: []report.Evidence{
					{Line: 8, Text: "Strong SQL skills (PostgreSQL preferred)", Surface: "PostgreSQL", Match: "exact"},
					{Line: 15, Text: "Tune PostgreSQL queries", Surface: "PostgreSQL", Match: "exact"},
				},
				ResumeEvidence: []report.Evidence{
					{Line: 5, Text: "Ran Postgres 14 clusters for 40 services at Acme Corp, cutting p99 latency by a third through index and vacuum tuning across every region", Surface: "Postgres", Match: "alias"},
				},
			},
			{
				Term: "C#", Kind: "hard", Category: "languages", Match: "exact", Importance: 0.7, JobCount: 1, ResumeCount: 3,
				JobEvidence:    []report.Evidence{{Line: 9, Text: "C# | .NET 8", Surface: "C#", Match: "exact"}},
				ResumeEvidence: []report.Evidence{{Line: 12, Text: "Built `dotnet` tools in C#", Surface: "C#", Match: "exact"}},
			},
			{
				Term: "Go", Kind: "hard", Category: "languages", Match: "exact", Required: true, Importance: 1, JobCount: 1, ResumeCount: 1,
				JobEvidence: []report.Evidence{{Line: 7, Text: "5+ years of Go in production", Surface: "Go", Match: "exact", Rule: "capitalised-tech-context"}},
				ResumeEvidence: []report.Evidence{
					{Line: 3, Text: "Go, Kubernetes-free deploys", Surface: "Go", Match: "exact", Rule: "list-of-skills"},
				},
			},
			{
				Term: "Message Queues", Kind: "hard", Category: "messaging", Match: "implied", Required: true, Importance: 0.5,
				JobCount: 1, ResumeCount: 1,
				JobEvidence: []report.Evidence{
					{Line: 16, Text: "Message queues such as RabbitMQ or Kafka", Surface: "Message queues", Match: "exact"},
					{Line: 16, Text: "Message queues such as RabbitMQ or Kafka", Surface: "RabbitMQ", Match: "exact"},
					{Line: 16, Text: "Message queues such as RabbitMQ or Kafka", Surface: "Kafka", Match: "alias"},
				},
				ResumeEvidence: []report.Evidence{{Line: 7, Text: "Moved billing events to Azure Service Bus", Surface: "Azure Service Bus",
					Match: "implied", Rule: "counted: Azure Service Bus is a kind of Message Queues (the job's examples: RabbitMQ, Apache Kafka)",
					RuleID: "group.equivalent"}},
				Alternatives: []string{"RabbitMQ", "Apache Kafka"}, Open: true, SatisfiedBy: "Azure Service Bus",
			},
			{
				Term: "communication", Kind: "soft", Category: "interpersonal", Match: "inflection", Importance: 0.4, JobCount: 1, ResumeCount: 1,
				JobEvidence:    []report.Evidence{{Line: 20, Text: "Excellent communication skills", Surface: "communication", Match: "exact"}},
				ResumeEvidence: []report.Evidence{{Line: 30, Text: "Communicated roadmap to 3 teams", Surface: "Communicated", Match: "inflection"}},
			},
			{
				Term: "Collaboration", Kind: "soft", Category: "soft", Match: "shown", Importance: 0.2, JobCount: 1, ResumeCount: 1,
				JobEvidence: []report.Evidence{{Line: 22, Text: "A collaborative approach", Surface: "collaborative", Match: "inflection"}},
				ResumeEvidence: []report.Evidence{{Line: 31, Text: "- Partnered with finance and legal on the close", Surface: "Partnered with finance and legal on the close",
					Match: "shown", Rule: "counted: 'Partnered with finance and legal on the close' shows collaboration", RuleID: "soft.shown"}},
			},
		},
		Missing: []report.MissingTerm{
			{
				Term: "Kubernetes", Kind: "hard", Category: "devops", Importance: 0.95, Required: true, JobCount: 2,
				JobEvidence: []report.Evidence{{Line: 12, Text: "Experience with Kubernetes and Helm", Surface: "Kubernetes", Match: "exact"}},
				Suggestion:  "Add Kubernetes to a bullet where you used it.",
			},
			{
				Term: "xUnit", Kind: "hard", Category: "testing", Importance: 0.7, Required: true, JobCount: 1,
				JobEvidence: []report.Evidence{
					{Line: 17, Text: "Unit tests (xUnit or NUnit)", Surface: "xUnit", Match: "exact"},
					{Line: 17, Text: "Unit tests (xUnit or NUnit)", Surface: "NUnit", Match: "exact"},
				},
				Suggestion:   "The job requires one of xUnit or NUnit.",
				Alternatives: []string{"NUnit"},
			},
			{
				Term: "CI/CD", Kind: "hard", Category: "devops", Importance: 0.6, Preferred: true, JobCount: 1,
				JobEvidence: []report.Evidence{{Line: 14, Text: "Nice to have: CI/CD | GitHub Actions", Surface: "CI/CD", Match: "exact"}},
				Suggestion:  "Mention the `CI/CD` pipelines you built.",
			},
			{
				Term: "leadership", Kind: "soft", Category: "leadership", Importance: 0.3, JobCount: 1,
				JobEvidence: []report.Evidence{{Line: 21, Text: "Leadership", Surface: "Leadership", Match: "exact"}},
				Suggestion:  "Show leadership with an example.",
			},
		},
		Suggestions: []report.Suggestion{
			{Term: "Kubernetes", Kind: "add", Text: "Add Kubernetes: the job asks for it on line 12 and it is required."},
			{Term: "CI/CD", Kind: "add", Text: "Mention CI/CD | GitHub Actions if you have used them."},
			{Kind: "general", Text: "Your resume PDF was hard to read; export a single-column PDF."},
		},
		Ignored: []report.IgnoredSection{
			{FromLine: 30, ToLine: 41, Heading: "About Acme", Reason: "company description"},
			{FromLine: 42, ToLine: 50, Heading: "Equal opportunity", Reason: "legal boilerplate"},
		},
		DictionaryVersion: "2026.11.1",
		AlgorithmVersion:  "1.0.0",
		AsOf:              "2026-01-15",
		Requirements: &report.Requirements{
			JobTitle: report.TitleRequirement{Job: "Senior Backend Engineer | Go", Resume: "Backend Developer", Status: "close", Importance: 0.05,
				JobEvidence: []report.Evidence{{Line: 1, Text: "Senior Backend Engineer | Go"}}, ResumeEvidence: []report.Evidence{{Line: 2, Text: "Backend Developer"}}},
			Education: report.EducationRequirement{Required: &report.Degree{Level: "bachelor", Name: "Bachelor's Degree", Field: "Computer Science"},
				Resume: &report.Degree{Level: "associate", Name: "Associate Degree"}, Status: "below", Importance: 0.05,
				JobEvidence: []report.Evidence{{Line: 18, Text: "BS in Computer Science"}}, ResumeEvidence: []report.Evidence{{Line: 40, Text: "A.S., 2014"}}},
			Experience: report.ExperienceRequirement{RequiredYears: 5, ResumeYears: 6.5, Status: "below", Importance: 0.05,
				JobEvidence:    []report.Evidence{{Line: 7, Text: "5+ years of Go in production"}},
				ResumeEvidence: []report.Evidence{{Line: 4, Text: "Acme Corp, Jan 2019 - Present"}},
				Skills: []report.SkillExperience{{Skill: "Go in production", Terms: []string{"Go"}, RequiredYears: 5, ResumeYears: 2.5, Status: "below",
					Basis: "roles naming the terms", JobEvidence: []report.Evidence{{Line: 7, Text: "5+ years of Go in production"}},
					ResumeEvidence: []report.Evidence{{Line: 4, Text: "Acme Corp, Jan 2019 - Present"}}}}},
			Knockouts: []report.Knockout{{Kind: "work_authorization", Text: "Must be authorized to work in the US", Line: 22}, {Kind: "travel", Text: "Travel up to 25%", Line: 23}, {Kind: "travel", Text: "Overnight travel", Line: 24}},
		},
	}
}

// emptyMatch is what a job with no dictionary terms produces: nil slices
// everywhere, which JSON must still write as [].
func emptyMatch() *report.MatchResult {
	return &report.MatchResult{
		SchemaVersion:     report.SchemaVersion,
		Job:               report.Document{Name: "job.txt", Parse: report.Parse{Format: "text", Words: 3, Confidence: 1}},
		Resume:            report.Document{Name: "resume.md", Parse: report.Parse{Format: "markdown", Words: 120, Confidence: 1}},
		DictionaryVersion: "2026.11.1",
		AlgorithmVersion:  "1.0.0",
	}
}

func keywordsResult() *report.KeywordsResult {
	return &report.KeywordsResult{
		SchemaVersion: report.SchemaVersion,
		Document:      report.Document{Name: "job.txt", Parse: report.Parse{Format: "text", Words: 412, Confidence: 1}},
		Keywords: []report.Keyword{
			{Term: "teamwork", Kind: "soft", Category: "interpersonal", Count: 1, Forms: []string{"team player"},
				Evidence: []report.Evidence{{Line: 22, Text: "A team player", Surface: "team player", Match: "alias"}}},
			{Term: "PostgreSQL", Kind: "hard", Category: "databases", Count: 3, Forms: []string{"PostgreSQL", "Postgres"},
				Evidence: []report.Evidence{{Line: 8, Text: "Strong SQL skills (PostgreSQL preferred)", Surface: "PostgreSQL", Match: "exact"}}},
			{Term: "Go", Kind: "hard", Category: "languages", Count: 2, Forms: []string{"Go", "Golang"},
				Evidence: []report.Evidence{{Line: 7, Text: "5+ years of Go in production", Surface: "Go", Match: "exact", Rule: "capitalised-tech-context"}}},
			{Term: "C++", Kind: "hard", Category: "languages", Count: 1, Forms: []string{"C++"},
				Evidence: []report.Evidence{{Line: 9, Text: "C++ | Rust", Surface: "C++", Match: "exact"}}},
			{Term: "MySQL", Kind: "hard", Category: "databases", Count: 1, Forms: nil, Evidence: nil},
		},
		Ignored:           []report.IgnoredSection{{FromLine: 30, ToLine: 41, Heading: "About Acme", Reason: "company description"}},
		DictionaryVersion: "2026.11.1",
	}
}

func textResult() *report.TextResult {
	return &report.TextResult{
		SchemaVersion: report.SchemaVersion,
		Document: report.Document{Name: "cv.pdf", Parse: report.Parse{Format: "pdf", Pages: 1, Words: 9, Confidence: 0.9,
			Warnings: []string{"no text layer on page 2"}}},
		Text: "Jane Doe\n\n  Skills: Go, C#, CI/CD\nno final newline",
	}
}

func fileError() *report.FileError {
	return &report.FileError{File: "scan.pdf", Kind: "no-text", Error: "no extractable text (scanned image?)"}
}

// hostileMatch carries terminal control sequences in every document-derived
// string: no renderer may pass them through raw.
func hostileMatch() *report.MatchResult {
	r := emptyMatch()
	r.Resume.Name = "evil\x1b[2J.pdf"
	r.Resume.Parse.Warnings = []string{"bell\a here"}
	r.Resume.IgnoredMatches = []report.IgnoredMatch{{TermID: "go", Term: "Go\x1b]0;pwned\a", Surface: "go\x1b[31m|`",
		Line: 1, Text: "go\x1b[31m|` <b>\r\x1b[1A", Lines: []int{1}, Count: 1, Rule: "ignored:\x1b[2J lowercase\x9b",
		RuleID: "ordinary.\x1b[2J", Reason: "ignored:\x1b[2J lowercase\x9b"}}
	r.Missing = []report.MissingTerm{{
		Term: "Go\x1b]0;pwned\a", Kind: "hard", Required: true, JobCount: 1,
		JobEvidence: []report.Evidence{{Line: 1, Text: "Go\r\x1b[1Ahidden\tline", Surface: "Go", Rule: "r\x1b"}},
		Suggestion:  "add\nit",
	}}
	r.Suggestions = []report.Suggestion{{Kind: "add", Text: "x\x9b31m \u009b32m"}}
	return r
}

type goldenCase struct {
	name string
	v    any
	o    Options
}

func goldenCases() []goldenCase {
	return []goldenCase{
		{"match", richMatch(), Options{}},
		{"match-verbose", richMatch(), Options{Verbose: true}},
		{"match-narrow", richMatch(), Options{Width: 50}},
		{"match-empty", emptyMatch(), Options{}},
		{"keywords", keywordsResult(), Options{}},
		{"keywords-verbose", keywordsResult(), Options{Verbose: true}},
		{"text", textResult(), Options{}},
		{"error", fileError(), Options{}},
		{"hostile", hostileMatch(), Options{Verbose: true}},
	}
}

func goldenPath(f Format, name string) string {
	return filepath.Join("..", "..", "testdata", "golden", string(f), name+".golden")
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create): %v", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

// TestGolden covers every format but HTML, which has its own goldens
// (TestHTMLGolden) because it renders only a MatchResult.
func TestGolden(t *testing.T) {
	for _, f := range Formats() {
		if f == HTML {
			continue
		}
		for _, tc := range goldenCases() {
			t.Run(string(f)+"/"+tc.name, func(t *testing.T) {
				var buf bytes.Buffer
				err := Write(&buf, f, tc.v, tc.o)
				if _, isText := tc.v.(*report.TextResult); isText && f == Markdown {
					if err == nil {
						t.Fatalf("Write(markdown, TextResult) = nil error, want unsupported")
					}
					return
				}
				if err != nil {
					t.Fatalf("Write(%s, %s): %v", f, tc.name, err)
				}
				checkGolden(t, goldenPath(f, tc.name), buf.Bytes())
			})
		}
	}
}

func TestGoldenColor(t *testing.T) {
	tests := []struct {
		name string
		v    any
	}{
		{"match-color", richMatch()},
		{"keywords-color", keywordsResult()},
		{"error-color", fileError()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, Text, tc.v, Options{Color: true, Verbose: true}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(buf.Bytes(), []byte("\x1b[")) {
				t.Errorf("Color=true output has no escape codes")
			}
			checkGolden(t, goldenPath(Text, tc.name), buf.Bytes())
		})
	}
}

func TestNoColorNoEscapes(t *testing.T) {
	for _, tc := range goldenCases() {
		for _, f := range Formats() {
			var buf bytes.Buffer
			if err := Write(&buf, f, tc.v, Options{Verbose: true}); err != nil {
				continue // unsupported pairs are covered by TestGolden
			}
			if i := bytes.IndexByte(buf.Bytes(), 0x1b); i >= 0 {
				t.Errorf("%s/%s with Color=false has ESC at byte %d", f, tc.name, i)
			}
			if _, ok := tc.v.(*report.TextResult); !ok && f != JSON {
				if !utf8.Valid(buf.Bytes()) {
					t.Errorf("%s/%s emits invalid UTF-8", f, tc.name)
				}
				for _, r := range buf.String() {
					if isControl(r) && r != '\n' {
						t.Errorf("%s/%s emits control rune %U", f, tc.name, r)
					}
				}
			}
		}
	}
}

// TestColorOnlyInText: JSON and Markdown are files to paste or parse, so
// Options.Color must not leak escape codes into them.
func TestColorOnlyInText(t *testing.T) {
	for _, f := range []Format{JSON, Markdown} {
		var buf bytes.Buffer
		if err := Write(&buf, f, richMatch(), Options{Color: true, Verbose: true}); err != nil {
			t.Fatal(err)
		}
		if bytes.IndexByte(buf.Bytes(), 0x1b) >= 0 {
			t.Errorf("%s with Color=true has escape codes", f)
		}
	}
}

func TestTextVerbatim(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"adds final newline", "a\nb", "a\nb\n"},
		{"keeps final newline", "a\n\n", "a\n\n"},
		{"empty", "", "\n"},
		{"keeps spacing and escapes", "  x\t|`*\x1b", "  x\t|`*\x1b\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, Text, &report.TextResult{Text: tc.in}, Options{Color: true}); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, buf.String()); diff != "" {
				t.Errorf("Write(text, %q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr string
	}{
		{"text", Text, ""},
		{"JSON", JSON, ""},
		{" Markdown ", Markdown, ""},
		{"html", HTML, ""},
		{"x", "", `unknown format "x" (want text, json, markdown, html)`},
		{"", "", `unknown format "" (want text, json, markdown, html)`},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseFormat(tc.in)
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if diff := cmp.Diff(tc.wantErr, gotErr); diff != "" {
				t.Errorf("ParseFormat(%q) error mismatch (-want +got):\n%s", tc.in, diff)
			}
			if got != tc.want {
				t.Errorf("ParseFormat(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFormatsIsACopy(t *testing.T) {
	f := Formats()
	f[0] = "mutated"
	if diff := cmp.Diff([]Format{Text, JSON, Markdown, HTML}, Formats()); diff != "" {
		t.Errorf("Formats() mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteErrors(t *testing.T) {
	tests := []struct {
		name    string
		f       Format
		v       any
		wantErr string
	}{
		{"unknown format", "yaml", richMatch(), `unknown format "yaml" (want text, json, markdown, html)`},
		{"csv is for a term list only", CSV, richMatch(), "render: csv format does not support *report.MatchResult"},
		{"unsupported type", JSON, "a string", "render: json format does not support string"},
		{"value not pointer", Text, *richMatch(), "render: text format does not support report.MatchResult"},
		{"nil pointer", Text, (*report.MatchResult)(nil), "render: nil *report.MatchResult"},
		{"nil any", Markdown, nil, "render: markdown format does not support <nil>"},
		{"markdown text", Markdown, textResult(), "render: markdown format does not support *report.TextResult"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(&buf, tc.f, tc.v, Options{})
			if err == nil {
				t.Fatalf("Write(%s, %T) = nil, want error %q", tc.f, tc.v, tc.wantErr)
			}
			if diff := cmp.Diff(tc.wantErr, err.Error()); diff != "" {
				t.Errorf("Write(%s, %T) error mismatch (-want +got):\n%s", tc.f, tc.v, diff)
			}
			if buf.Len() != 0 {
				t.Errorf("Write wrote %q before failing", buf.String())
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWritePropagatesWriterError(t *testing.T) {
	for _, f := range Formats() {
		for _, tc := range goldenCases() {
			if err := Write(io.Discard, f, tc.v, tc.o); err != nil {
				if strings.Contains(err.Error(), "does not support") {
					continue // an unsupported pair fails before writing
				}
				t.Fatalf("Write(%s, %s) to io.Discard: %v", f, tc.name, err)
			}
			if err := Write(failWriter{}, f, tc.v, tc.o); err == nil || !strings.Contains(err.Error(), "disk full") {
				t.Errorf("Write(%s, %s) to failing writer = %v, want disk full", f, tc.name, err)
			}
		}
	}
}

// TestJSONRoundTrip decodes every JSON golden value back into its report
// type: nothing is lost, and no list is ever null.
func TestJSONRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   any
		out  func() any
	}{
		{"match", richMatch(), func() any { return &report.MatchResult{} }},
		{"match-empty", emptyMatch(), func() any { return &report.MatchResult{} }},
		{"keywords", keywordsResult(), func() any { return &report.KeywordsResult{} }},
		{"text", textResult(), func() any { return &report.TextResult{} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, JSON, tc.in, Options{}); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(buf.Bytes(), []byte("null")) {
				t.Errorf("JSON contains null:\n%s", buf.String())
			}
			if !bytes.HasPrefix(buf.Bytes(), []byte("{\n  \"schema_version\": 1,")) {
				t.Errorf("JSON does not start with schema_version:\n%.80s", buf.String())
			}
			if !bytes.HasSuffix(buf.Bytes(), []byte("}\n")) {
				t.Errorf("JSON does not end with a newline")
			}
			got := tc.out()
			dec := json.NewDecoder(&buf)
			dec.DisallowUnknownFields()
			if err := dec.Decode(got); err != nil {
				t.Fatal(err)
			}
			want := normalize(reflect.ValueOf(tc.in)).Interface()
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestJSONErrorEnvelope(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, JSON, fileError(), Options{}); err != nil {
		t.Fatal(err)
	}
	var got ErrorEnvelope
	dec := json.NewDecoder(&buf)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	want := ErrorEnvelope{SchemaVersion: 1, Error: ErrorBody{File: "scan.pdf", Kind: "no-text", Message: "no extractable text (scanned image?)"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("error envelope mismatch (-want +got):\n%s", diff)
	}
}

func TestNormalize(t *testing.T) {
	type inner struct {
		S []string
		M map[string]int
	}
	type outer struct {
		A     []inner
		P     *inner
		NilP  *inner
		B     []byte
		I     any
		N     int
		inner inner // unexported: copied, not touched
	}
	in := outer{
		A:     []inner{{}, {S: []string{"x"}}},
		P:     &inner{},
		I:     &inner{},
		N:     3,
		inner: inner{},
	}
	got := normalize(reflect.ValueOf(in)).Interface().(outer)
	want := outer{
		A:     []inner{{S: []string{}, M: map[string]int{}}, {S: []string{"x"}, M: map[string]int{}}},
		P:     &inner{S: []string{}, M: map[string]int{}},
		B:     []byte{},
		I:     &inner{S: []string{}, M: map[string]int{}},
		N:     3,
		inner: inner{},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(outer{})); diff != "" {
		t.Errorf("normalize mismatch (-want +got):\n%s", diff)
	}
	// The input must not be modified (renderers never mutate the report).
	if in.P.S != nil || in.A[0].S != nil {
		t.Errorf("normalize modified its input: %+v", in)
	}
	// Nil-vs-empty is invisible to cmp with default options for slices? No:
	// cmp distinguishes them, which is what makes the check above meaningful.
	if cmp.Equal([]string(nil), []string{}) {
		t.Fatal("cmp treats nil and empty slices as equal; normalize test is vacuous")
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		name, s, surface string
		max              int
		want             string
	}{
		{"fits", "short line", "line", 20, "short line"},
		{"exact fit", "0123456789", "", 10, "0123456789"},
		{"no surface keeps head", "0123456789abcdef", "", 10, "012345678…"},
		{"surface at end: no word fragment before it", "aaaaaaaaaaaaaaaa Kubernetes", "kubernetes", 14, "…Kubernetes"},
		{"surface in middle", "aaaaaaaaaa Go bbbbbbbbbb", "Go", 10, "…aa Go bb…"},
		{"runes not bytes", "ééééééééé Go ééééééééé", "go", 8, "…Go…"},
		{"cuts between words", "Built a distributed message processing pipeline handling millions of events daily using Apache Kafka and Go on Kubernetes", "Apache Kafka", 40, "…daily using Apache Kafka and Go on…"},
		{"cuts between words, surface whole", "Built a distributed message processing pipeline handling millions of events daily using Apache Kafka and Go on Kubernetes", "Kafka", 40, "…using Apache Kafka and Go on…"},
		{"one long word is cut", "see https://example.com/a/very/long/path/that/cannot/break/anywhere/at/all for Go", "Go", 30, "…/break/anywhere/at/all for Go"},
		{"tiny width", "abcdefgh", "", 0, "ab…"},
		{"short line, negative width", "0", "0", -9, "0"},
		{"two runes, zero width", "ab", "", 0, "ab"},
		{"case mapping changes length", "İİİİİİİİİİ x İİİİİİİİİİ", "x", 6, "…İ x…"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := shorten(tc.s, tc.surface, tc.max)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("shorten(%q, %q, %d) mismatch (-want +got):\n%s", tc.s, tc.surface, tc.max, diff)
			}
			if n := utf8.RuneCountInString(got); n > max(tc.max, 3) {
				t.Errorf("shorten(%q, %q, %d) is %d runes long", tc.s, tc.surface, tc.max, n)
			}
		})
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name, in string
		width    int
		want     string
	}{
		{"fits", "add Go to a bullet", 40, "add Go to a bullet"},
		{"breaks at spaces", "one two three four five six seven eight", 20, "one two three four\n  five six seven eight"},
		{"long word kept whole", "a https://example.com/a/very/long/path/that/cannot/break b", 20, "a\n  https://example.com/a/very/long/path/that/cannot/break\n  b"},
		{"collapses spaces", "a   b\tc", 20, "a b c"},
		{"empty", "", 20, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, wrap(tc.in, tc.width, "  ")); diff != "" {
				t.Errorf("wrap(%q, %d) mismatch (-want +got):\n%s", tc.in, tc.width, diff)
			}
		})
	}
}

func TestMarkdownEscaping(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a|b", `a\|b`},
		{"`x`", "\\`x\\`"},
		{`C:\dir`, `C:\\dir`},
		{"two\nlines", "two lines"},
		{"plain", "plain"},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, mdCell(tc.in)); diff != "" {
			t.Errorf("mdCell(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, f := range Formats() {
		var a, b bytes.Buffer
		_ = Write(&a, f, richMatch(), Options{Verbose: true})
		_ = Write(&b, f, richMatch(), Options{Verbose: true})
		if a.String() != b.String() {
			t.Errorf("%s output differs between runs", f)
		}
	}
}
