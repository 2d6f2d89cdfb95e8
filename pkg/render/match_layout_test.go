package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/report"
)

func render(t *testing.T, f Format, r *report.MatchResult) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, f, r, Options{}); err != nil {
		t.Fatalf("Write(%s): %v", f, err)
	}
	return buf.String()
}

// TestMatchSuggestionsOnce: markdown lists a suggestion once, and not when
// the Missing table already shows it as a term's advice; with nothing left
// there is no Suggestions heading (a score of 100 has none).
func TestMatchSuggestionsOnce(t *testing.T) {
	r := richMatch()
	r.Suggestions = []report.Suggestion{
		{Term: "Kubernetes", Kind: "add", Text: r.Missing[0].Suggestion},
		{Kind: "general", Text: "Export a single-column PDF."},
		{Kind: "general", Text: "Export a single-column PDF."},
	}
	md := render(t, Markdown, r)
	if n := strings.Count(md, "Add Kubernetes to a bullet where you used it."); n != 1 {
		t.Errorf("the Kubernetes advice appears %d times, want once (in the table):\n%s", n, md)
	}
	if !strings.Contains(md, "## Suggestions\n\n1. Export a single-column PDF.\n\n") {
		t.Errorf("want the general advice once, numbered 1:\n%s", md)
	}
	if h := render(t, HTML, r); strings.Count(h, "<li>Export a single-column PDF.</li>") != 1 {
		t.Errorf("html lists the general advice %d times", strings.Count(h, "<li>Export a single-column PDF.</li>"))
	}
	r.Suggestions = r.Suggestions[:1]
	if md := render(t, Markdown, r); strings.Contains(md, "Suggestions") {
		t.Errorf("every suggestion is in the table: want no Suggestions heading:\n%s", md)
	}
	full := richMatch()
	full.Score, full.Missing, full.Suggestions = 100, nil, nil
	for _, f := range []Format{Markdown, HTML, Text} {
		if out := render(t, f, full); strings.Contains(out, "Suggestions") {
			t.Errorf("%s at 100: a Suggestions heading with nothing under it", f)
		}
	}
}

// TestMatchMissingFirst: markdown and html put what to fix first, and say
// how the job asks for each term: required, preferred or no.
func TestMatchMissingFirst(t *testing.T) {
	r := richMatch()
	for _, tt := range []struct {
		f                Format
		missing, matched string
		preferred, plain string
	}{
		{Markdown, "## Missing", "## Matched", "| CI/CD | hard | preferred |", "| leadership | soft | no |"},
		{HTML, `id="missing"`, `id="matched"`, "<td>CI/CD</td><td>hard</td><td>preferred</td>", "<td>leadership</td><td>soft</td><td>no</td>"},
	} {
		out := render(t, tt.f, r)
		if i, j := strings.Index(out, tt.missing), strings.Index(out, tt.matched); i < 0 || j < 0 || i > j {
			t.Errorf("%s: missing at %d, matched at %d: want missing first", tt.f, i, j)
		}
		for _, want := range []string{tt.preferred, tt.plain} {
			if !strings.Contains(out, want) {
				t.Errorf("%s lacks %q", tt.f, want)
			}
		}
	}
}

// TestTextLongTermKeepsColumns: a term wider than the term column has a
// line of its own; the kind column stays where it is on every row.
func TestTextLongTermKeepsColumns(t *testing.T) {
	r := richMatch()
	r.Missing[2].Term = "Continuous Integration and Continuous Delivery"
	r.Matched[1].Term = "Amazon Web Services Elastic Kubernetes Service"
	lines := strings.Split(render(t, Text, r), "\n")
	kindAt := func(prefix string, next bool) int {
		for i, l := range lines {
			if strings.HasPrefix(strings.TrimLeft(l, " "), prefix) {
				if next {
					l = lines[i+1]
				}
				return len([]rune(l[:strings.Index(l, "hard")]))
			}
		}
		t.Fatalf("no line starts with %q", prefix)
		return 0
	}
	if long, short := kindAt("3. Continuous Integration and Continuous Delivery", true), kindAt("1. Kubernetes", false); long != short {
		t.Errorf("missing: kind at %d after a long term, %d else", long, short)
	}
	if long, short := kindAt("✓ Amazon Web Services Elastic Kubernetes Service", true), kindAt("✓ PostgreSQL", false); long != short {
		t.Errorf("matched: kind at %d after a long term, %d else", long, short)
	}
}
