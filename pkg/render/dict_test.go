package render

import (
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/google/go-cmp/cmp"
)

func TestWrapList(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width int
		want  string
	}{
		{"fits", "a, b, c", 40, "a, b, c"},
		{"breaks between items", "alpha beta, gamma delta, epsilon zeta", 24, "alpha beta, gamma delta,\n  epsilon zeta"},
		{"long item on its own line", "a very long item that does not fit at all, b", 20, "a very long item that does not fit at all,\n  b"},
		{"width below 20 counts as 20", "alpha beta, gamma delta, epsilon", 5, "alpha beta,\n  gamma delta, epsilon"},
		{"empty", "", 20, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, wrapList(tt.in, tt.width, "  ")); diff != "" {
				t.Errorf("wrapList(%q, %d) mismatch (-want +got):\n%s", tt.in, tt.width, diff)
			}
		})
	}
}

// TestWrapShared: wrap and wrapList are one function over different
// units: words, or comma-list items (which keep their inner spaces).
func TestWrapShared(t *testing.T) {
	s := "alpha beta gamma delta epsilon zeta eta theta iota kappa"
	if got, want := wrap(s, 20, "  "), wrapWords(strings.Fields(s), 20, "  "); got != want {
		t.Errorf("wrap = %q, wrapWords of the words = %q", got, want)
	}
	if got := wrapList("alpha beta gamma delta, epsilon", 20, "  "); got != "alpha beta gamma delta,\n  epsilon" {
		t.Errorf("wrapList broke inside an item: %q", got)
	}
}

// TestDictCSV: csv prints only a term list; any other document is refused.
func TestDictCSV(t *testing.T) {
	var b strings.Builder
	l := &report.DictList{Terms: []report.DictRow{{ID: "cpp", Name: "C++, the language", Kind: "hard", Category: "language", Source: "curated"}}}
	if err := Write(&b, CSV, l, Options{}); err != nil {
		t.Fatal(err)
	}
	if want := "id,name,kind,category,source\ncpp,\"C++, the language\",hard,language,curated\n"; b.String() != want {
		t.Errorf("csv = %q, want %q", b.String(), want)
	}
	if err := Write(&b, CSV, &report.DictStats{}, Options{}); err == nil {
		t.Error("csv of dict stats: no error")
	}
	if err := Write(&b, Markdown, l, Options{}); err == nil {
		t.Error("markdown of a dict list: no error")
	}
}
