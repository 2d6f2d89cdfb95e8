package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/google/go-cmp/cmp"
)

func htmlGolden(name string) string {
	return filepath.Join("..", "..", "testdata", "golden", "html", name+".golden")
}

// injectMatch carries markup in every document-derived field.
func injectMatch() *report.MatchResult {
	r := emptyMatch()
	r.Resume.Name = `<img src=x onerror=alert(1)>.txt`
	r.Matched = []report.MatchedTerm{{
		Term: "C#<b>", Kind: "hard", Match: "exact",
		ResumeEvidence: []report.Evidence{{Line: 2, Text: `wrote C#<b> & <script>alert(1)</script>`, Surface: "C#<b>"}},
		JobEvidence:    []report.Evidence{{Line: 1, Text: `C#<b> "quoted"`, Surface: "C#<b>"}},
	}}
	return r
}

// wholeMatch is richMatch with both documents' lines, as pkg/ats fills
// them: evidence lines in place, other lines plain, some blank.
func wholeMatch() *report.MatchResult {
	r := richMatch()
	doc := func(n int) []string {
		lines := make([]string, n)
		for i := range lines {
			if i%4 != 3 {
				lines[i] = fmt.Sprintf("plain line %d <i>", i+1)
			}
		}
		return lines
	}
	r.JobLines, r.ResumeLines = doc(24), doc(32)
	for _, m := range r.Matched {
		for _, e := range m.JobEvidence {
			r.JobLines[e.Line-1] = "  " + e.Text
		}
		for _, e := range m.ResumeEvidence {
			r.ResumeLines[e.Line-1] = e.Text
		}
	}
	for _, m := range r.Missing {
		for _, e := range m.JobEvidence {
			r.JobLines[e.Line-1] = e.Text
		}
	}
	return r
}

// TestHTMLWholeDocuments: every non-blank line of both documents is shown
// under its own number, escaped, and evidence lines carry their marks.
func TestHTMLWholeDocuments(t *testing.T) {
	r := wholeMatch()
	var buf bytes.Buffer
	if err := Write(&buf, HTML, r, Options{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, doc := range []struct {
		id    string
		lines []string
	}{{"job-doc", r.JobLines}, {"resume-doc", r.ResumeLines}} {
		start := strings.Index(page, `id="`+doc.id+`"`)
		end := strings.Index(page[start:], "</section>")
		if start < 0 || end < 0 {
			t.Fatalf("no section %s", doc.id)
		}
		sec := page[start : start+end]
		for i, l := range doc.lines {
			li := fmt.Sprintf(`<li value="%d">`, i+1)
			if strings.TrimSpace(l) == "" {
				if strings.Contains(sec, li) {
					t.Errorf("%s shows blank line %d", doc.id, i+1)
				}
				continue
			}
			if !strings.Contains(sec, li) {
				t.Errorf("%s lacks line %d (%q)", doc.id, i+1, l)
			}
		}
		if strings.Contains(sec, "<i>") {
			t.Errorf("%s has unescaped document markup", doc.id)
		}
	}
	for _, want := range []string{`Experience with <mark class="miss">Kubernetes</mark>`, `Ran <mark class="hit">Postgres</mark>`, "Both documents as the matcher read them"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestHTMLGolden(t *testing.T) {
	tests := []struct {
		name string
		v    *report.MatchResult
	}{
		{"match", richMatch()},
		{"match-whole", wholeMatch()},
		{"match-empty", emptyMatch()},
		{"hostile", hostileMatch()},
		{"inject", injectMatch()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, HTML, tc.v, Options{}); err != nil {
				t.Fatalf("Write(html, %s): %v", tc.name, err)
			}
			checkGolden(t, htmlGolden(tc.name), buf.Bytes())
			if bytes.IndexByte(buf.Bytes(), 0x1b) >= 0 {
				t.Errorf("html/%s has an escape byte", tc.name)
			}
		})
	}
}

// TestHTMLSelfContained: the page must open offline and run no code that a
// document could smuggle in.
func TestHTMLSelfContained(t *testing.T) {
	for _, r := range []*report.MatchResult{richMatch(), injectMatch(), hostileMatch()} {
		var buf bytes.Buffer
		if err := Write(&buf, HTML, r, Options{}); err != nil {
			t.Fatal(err)
		}
		page := strings.ToLower(buf.String())
		for _, bad := range []string{"<script", "http://", "https://", "<link", "@import", "<img"} {
			if strings.Contains(page, bad) {
				t.Errorf("html page for %s contains %q", r.Resume.Name, bad)
			}
		}
	}
}

func TestHTMLParseAndUnsupported(t *testing.T) {
	if f, err := ParseFormat("HTML"); err != nil || f != HTML {
		t.Fatalf("ParseFormat(HTML) = %q, %v; want html", f, err)
	}
	tests := []struct {
		name    string
		v       any
		wantErr string
	}{
		{"keywords", keywordsResult(), "render: html format does not support *report.KeywordsResult"},
		{"text", textResult(), "render: html format does not support *report.TextResult"},
		{"error", fileError(), "render: html format does not support *report.FileError"},
		{"nil", (*report.MatchResult)(nil), "render: nil *report.MatchResult"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(&buf, HTML, tc.v, Options{})
			got := ""
			if err != nil {
				got = err.Error()
			}
			if diff := cmp.Diff(tc.wantErr, got); diff != "" {
				t.Errorf("Write(html, %s) error mismatch (-want +got):\n%s", tc.name, diff)
			}
			if buf.Len() != 0 {
				t.Errorf("Write(html, %s) wrote %d bytes before failing", tc.name, buf.Len())
			}
		})
	}
	if err := Write(failWriter{}, HTML, richMatch(), Options{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Write(html) to failing writer = %v, want disk full", err)
	}
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		marks []mark
		want  template.HTML
	}{
		{"none", "a < b", nil, "a &lt; b"},
		{"case-insensitive", "Used postgres daily", []mark{{"Postgres", "hit"}}, `Used <mark class="hit">postgres</mark> daily`},
		{"symbols", "C# and .NET", []mark{{"C#", "hit"}, {".NET", "miss"}}, `<mark class="hit">C#</mark> and <mark class="miss">.NET</mark>`},
		{"longest wins overlap", "Node.js apps", []mark{{"Node", "miss"}, {"Node.js", "hit"}}, `<mark class="hit">Node.js</mark> apps`},
		{"absent surface", "Go to market", []mark{{"Golang", "hit"}}, "Go to market"},
		{"escapes inside mark", "<b>&", []mark{{"<b>", "hit"}}, `<mark class="hit">&lt;b&gt;</mark>&amp;`},
		{"control chars", "x\x1b[31my", nil, "x\uFFFD[31my"},
		{"non-ASCII", "Ärger mit Äpfel", []mark{{"äpfel", "hit"}}, `Ärger mit <mark class="hit">Äpfel</mark>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := highlight(tc.text, tc.marks)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("highlight(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestScoreBand(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{{100, "good"}, {70, "good"}, {69.9, "fair"}, {40, "fair"}, {39.9, "poor"}, {0, "poor"}}
	for _, tc := range tests {
		if got := scoreBand(tc.in); got != tc.want {
			t.Errorf("scoreBand(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzHighlight: whatever the line and surfaces, the only markup that
// survives is our own <mark> tags, and the text reads back unchanged.
func FuzzHighlight(f *testing.F) {
	f.Add("Used C# and .NET", "C#", ".net")
	f.Add("<script>alert(1)</script>", "<script>", "alert")
	f.Add("x\x1b[31my\xff", "\x1b", "y")
	f.Add("İstanbul ǅ", "i̇stanbul", "ǆ")
	f.Fuzz(func(t *testing.T, text, s1, s2 string) {
		got := string(highlight(text, []mark{{s1, "hit"}, {s2, "miss"}}))
		if !utf8.ValidString(got) {
			t.Fatalf("highlight(%q) is not UTF-8: %q", text, got)
		}
		bare := strings.NewReplacer(`<mark class="hit">`, "", `<mark class="miss">`, "", `</mark>`, "").Replace(got)
		if strings.ContainsAny(bare, "<>\"") {
			t.Fatalf("highlight(%q, %q, %q) leaks markup: %q", text, s1, s2, got)
		}
		if want := template.HTMLEscapeString(clean(text)); bare != want {
			t.Fatalf("highlight(%q) text changed:\n got %q\nwant %q", text, bare, want)
		}
	})
}

func BenchmarkWriteHTML(b *testing.B) {
	r := richMatch()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, HTML, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
