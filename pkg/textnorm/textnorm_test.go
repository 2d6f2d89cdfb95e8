package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"empty", "", ""},
		{"plain ascii untouched", "Go and Python", "Go and Python"},
		{"ligatures", "e\ufb03cient \ufb01nance work\ufb02ow", "efficient finance workflow"},
		{"smart quotes", "\u201cquoted\u201d and it\u2019s", "\"quoted\" and it's"},
		{"dashes", "2019\u20132021 \u2014 a\u2212b", "2019-2021 - a-b"},
		{"spaced en dash stays spaced", "Go \u2013 Python", "Go - Python"},
		{"soft hyphen removed", "collab\u00adoration", "collaboration"},
		{"zero width removed", "Ku\u200bber\u200dnetes\ufeff", "Kubernetes"},
		{"nbsp and other spaces", "C#\u00a0and\u2003.NET\u202fCore", "C# and .NET Core"},
		{"tabs and runs of spaces kept as column gaps", "a\t\tb   c  ", "a  b   c"},
		{"one space stays one", "a\tb \u00a0", "a b"},
		{"two-column block keeps its gaps", "  Spring Boot, Spring Data      Messaging: Kafka \nJPA, Hibernate  \u00b7  Tools", "Spring Boot, Spring Data      Messaging: Kafka\nJPA, Hibernate  •  Tools"},
		{"crlf folded", "a\r\nb\rc", "a\nb\nc"},
		{"controls dropped", "a\x00b\x07c\u0085d\u009fe", "abc de"},
		{"private use to space", "\uf0b7Go\ue001Rust", "Go Rust"},
		{"bullets kept as one form", "\u25cf Go\n\u25aa Rust\n\u00b7 Java\n\u2023 C++", "• Go\n• Rust\n• Java\n• C++"},
		{"full width folded", "\uff27\uff4f", "Go"},
		{"trademark dropped", "Java\u2122 and Oracle\u00ae", "Java and Oracle\u00ae"},
		{"line separator is not a break", "a\u2028b", "a b"},
		{"hyphenated word joined", "strong collabo-\nration skills\nnext", "strong collaboration\nskills\nnext"},
		{"single-word continuation", "collabo-\nration\nx", "collaboration\n\nx"},
		{"compound tail keeps hyphen", "event-\ndriven design", "event-driven\ndesign"},
		{"capitalised continuation not joined", "Python-\nDjango", "Python-\nDjango"},
		{"one letter before hyphen not joined", "a-\nb", "a-\nb"},
		{"number range not joined", "2019-\nnow", "2019-\nnow"},
		{"invalid utf8 kept visible", "a\xffb", "a\ufffdb"},
		{"blank lines kept", "\n\n  \n", "\n\n\n"},
		{"mojibake no-break space glued to a word", "Inventory control\u00c2\nCash handling\u00c2 and banking", "Inventory control\nCash handling and banking"},
		{"mojibake no-break space kept whole", "-\u00c2\u00a0Self-motivation", "- Self-motivation"},
		{"mojibake accents, apostrophe, bullet, dash", "caf\u00c3\u00a9 it\u00e2\u20ac\u2122s \u00e2\u20ac\u00a2 Excel 2019\u00e2\u20ac\u201c2021", "caf\u00e9 it's • Excel 2019-2021"},
		{"mojibake quotes with a lost last byte", "said \u00e2\u20ac\u0153hi\u00e2\u20ac ok", "said \"hi\" ok"},
		{"mojibake full-width dash with a lost last byte", "Company Name \u00ef\u00bc City", "Company Name - City"},
		{"mojibake byte order mark", "\u00ef\u00bb\u00bfGo", "Go"},
		{"real accented words stay", "S\u00c3O PAULO \u00e2ge \u00c7a CH\u00c2 T", "S\u00c3O PAULO \u00e2ge \u00c7a CH\u00c2 T"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Normalize(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// breaks counts line breaks the way Normalize defines them.
func breaks(s string) int {
	return strings.Count(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"), "\n")
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "a\nb", "collabo-\nration", "x\r\n\ry", "\ufb01\u00ad\u2014\n\u2028", "\xff\xfe\n", "ab-\nc d-\ne", "\u00a8\u0301\n", "\u00c3\u00a9\u00c2 \u00e2\u20ac \u00ef\u00bc\n\u00f0\u0178"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Normalize(s)
		if want, n := breaks(s), strings.Count(got, "\n"); n != want {
			t.Fatalf("Normalize(%q) has %d line breaks, want %d", s, n, want)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", s, got)
		}
		if strings.ContainsRune(got, '\r') {
			t.Fatalf("Normalize(%q) = %q: CR left", s, got)
		}
		for _, l := range strings.Split(got, "\n") {
			if strings.HasPrefix(l, " ") || strings.HasSuffix(l, " ") {
				t.Fatalf("Normalize(%q) = %q: line %q not trimmed", s, got, l)
			}
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	// About two pages of resume text with the usual PDF/Word debris.
	para := "\u25cf Led a team of 6 engineers building event\u2011driven services in Go, C# and .NET \u2014 " +
		"cut p99 latency by 40\u00a0% and e\ufb03ciency gains of 2\u00d7.\n" +
		"Designed CI/CD pipelines (GitHub Actions) and Kubernetes deployments; strong collabo-\n" +
		"ration with product and \u201cdata\u201d teams.   \t\n" +
		"Skills: Python, Node.js, PostgreSQL, AWS, Terraform\n"
	s := strings.Repeat(para, 20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(s)
	}
}
