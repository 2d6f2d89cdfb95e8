package render

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/atsmatch/atsmatch/pkg/report"
)

func TestLineList(t *testing.T) {
	tests := []struct {
		name      string
		im        report.IgnoredMatch
		list, lbl string
	}{
		{"one", report.IgnoredMatch{Line: 5, Lines: []int{5}, Count: 1}, "5", "line 5"},
		{"no lines falls back to Line", report.IgnoredMatch{Line: 7, Count: 1}, "7", "line 7"},
		{"repeats on one line", report.IgnoredMatch{Line: 3, Lines: []int{3}, Count: 3}, "3 (×3)", "line 3 (×3)"},
		{"several", report.IgnoredMatch{Line: 4, Lines: []int{4, 9, 17}, Count: 3}, "4, 9, 17", "lines 4, 9, 17"},
		{"capped", report.IgnoredMatch{Line: 1, Lines: []int{1, 2, 3, 4, 5, 6, 7}, Count: 9}, "1, 2, 3, 4, 5, … (×9)", "lines 1, 2, 3, 4, 5, … (×9)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.list, lineList(tt.im)); diff != "" {
				t.Errorf("lineList(%+v) mismatch (-want +got):\n%s", tt.im, diff)
			}
			if diff := cmp.Diff(tt.lbl, lineLabel(tt.im)); diff != "" {
				t.Errorf("lineLabel(%+v) mismatch (-want +got):\n%s", tt.im, diff)
			}
		})
	}
}

// TestIgnoredWordsShown: text and Markdown show the ignored words (and the
// note on a missing term the resume has as an ordinary word) only with
// Verbose; JSON and HTML always carry them.
func TestIgnoredWordsShown(t *testing.T) {
	const note = "resume mentions 'Led' at line 4, not counted: 'Led' starts a sentence with no skill nearby"
	tests := []struct {
		f       Format
		verbose bool
		want    []string // all present
		absent  []string // all absent
	}{
		{Text, false, nil, []string{"Ignored words", "resume mentions", "not counted", "'swift' (Swift)"}},
		{Text, true, []string{"Ignored words (3)", note, "resume line 11: 'swift' (Swift)",
			"job line 25: 'go' (Go)", "resume lines 4, 9, 17 (×4): 'Led' (leadership)"}, nil},
		{Markdown, false, nil, []string{"## Ignored words", "swift"}},
		{Markdown, true, []string{"## Ignored words", "| resume | 11 | swift | Swift | ignored: lowercase 'swift' reads as an ordinary word |"}, nil},
		{JSON, false, []string{`"ignored_matches": [`, `"rule": "ignored: lowercase 'swift' reads as an ordinary word"`}, nil},
		{HTML, false, []string{`<details id="ignored-words"><summary>Ignored words (3)</summary>`,
			`Known for <mark class="ign">swift</mark> delivery`, "resume mentions &#39;Led&#39; at line 4, not counted: &#39;Led&#39; starts"}, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/verbose=%v", tt.f, tt.verbose), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.f, richMatch(), Options{Verbose: tt.verbose}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(out, a) {
					t.Errorf("output has %q:\n%s", a, out)
				}
			}
		})
	}
}

// TestIgnoredWordsNone: a report without ignored words has no section in
// any format, and its JSON has no ignored_matches field.
func TestIgnoredWordsNone(t *testing.T) {
	for _, f := range []Format{Text, Markdown, JSON, HTML} {
		var buf bytes.Buffer
		if err := Write(&buf, f, emptyMatch(), Options{Verbose: true}); err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"Ignored words", "ignored_matches", "ignored-words"} {
			if strings.Contains(buf.String(), bad) {
				t.Errorf("%s output of a report without ignored words has %q", f, bad)
			}
		}
	}
}

// TestIgnoredWordsCapped: a long resume cannot flood the text or Markdown
// report; the rest is counted, and JSON and HTML keep every entry.
func TestIgnoredWordsCapped(t *testing.T) {
	r := emptyMatch()
	for i := range maxIgnoredShown + 3 {
		r.Resume.IgnoredMatches = append(r.Resume.IgnoredMatches, report.IgnoredMatch{
			TermID: fmt.Sprint("t", i), Term: fmt.Sprintf("Term%02d", i), Surface: fmt.Sprintf("w%02d", i),
			Line: i + 1, Text: "line", Lines: []int{i + 1}, Count: 1, Rule: "ignored: no skill context", RuleID: "ordinary.no-context", Reason: "no skill context",
		})
	}
	tests := []struct {
		f          Format
		shown      int
		more, last string
	}{
		{Text, maxIgnoredShown, "… 3 more in the resume (the json format lists all)", "'w09' (Term09)"},
		{Markdown, maxIgnoredShown, "| resume | … |  |  | 3 more in the JSON report |", "| w09 | Term09 |"},
		{JSON, maxIgnoredShown + 3, "", `"surface": "w12"`},
		{HTML, maxIgnoredShown + 3, "", "<td>w12</td>"},
	}
	for _, tt := range tests {
		t.Run(string(tt.f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.f, r, Options{Verbose: true}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if got := strings.Count(out, "ignored: no skill context"); got != tt.shown {
				t.Errorf("%d entries shown, want %d:\n%s", got, tt.shown, out)
			}
			for _, w := range []string{tt.more, tt.last} {
				if w != "" && !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if tt.shown == maxIgnoredShown && strings.Contains(out, "w10") {
				t.Errorf("output shows an entry over the cap:\n%s", out)
			}
		})
	}
}
