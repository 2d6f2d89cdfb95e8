package check

import (
	"strings"
	"testing"
)

// FuzzRun: any text gets findings, every one with a known status, lines
// inside the document and a fix when it is not a pass; the same text
// gets the same findings.
func FuzzRun(f *testing.F) {
	for _, s := range []string{resume, posting, letter, article, "", "\n", "Experience\n- \n2019 -", "My Journey\n\uf0e0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		a := Run(Doc{Lines: lines, Layout: Layout{Format: "text", Confidence: 1, Regions: []Region{{RegionHeader, 1, 2}}}})
		b := Run(Doc{Lines: lines, Layout: Layout{Format: "text", Confidence: 1, Regions: []Region{{RegionHeader, 1, 2}}}})
		if len(a.Findings) != len(b.Findings) {
			t.Fatal("nondeterministic")
		}
		if k := KindOf(lines, nil); k != a.Kind {
			t.Fatalf("KindOf %s, Run %s", k, a.Kind)
		}
		for i, x := range a.Findings {
			if x.Status.Rank() == 0 && x.Status != Pass {
				t.Fatalf("%s: status %q", x.ID, x.Status)
			}
			if x.Status != Pass && x.Fix == "" {
				t.Fatalf("%s: %s without a fix", x.ID, x.Status)
			}
			for _, n := range x.Lines {
				if n < 1 || n > len(lines) {
					t.Fatalf("%s: line %d of %d", x.ID, n, len(lines))
				}
			}
			if x.Message != b.Findings[i].Message {
				t.Fatalf("%s: nondeterministic message", x.ID)
			}
		}
	})
}
