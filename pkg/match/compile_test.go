package match

import (
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
	"github.com/google/go-cmp/cmp"
)

// tokenView is what Compile reads of a token (positions and lines differ
// between a batch and a lone surface).
type tokenView struct {
	Text, Norm string
	Kind       tokenize.Kind
}

func viewOf(toks []tokenize.Token) []tokenView {
	out := []tokenView{}
	for _, t := range toks {
		out = append(out, tokenView{t.Text, t.Norm, t.Kind})
	}
	return out
}

// batchTokens tokenizes surfaces the way Compile does: one per line of
// one text.
func batchTokens(surfaces []string) [][]tokenView {
	var text []byte
	for _, s := range surfaces {
		if !strings.Contains(s, "\n") {
			text = append(text, s...)
		}
		text = append(text, '\n')
	}
	lines := lineTokens{toks: tokenize.Tokenize(string(text))}
	out := make([][]tokenView, len(surfaces))
	for i, s := range surfaces {
		out[i] = viewOf(lines.next(s))
	}
	if len(lines.toks) != 0 {
		panic("tokens left over")
	}
	return out
}

// checkBatch fails unless each surface tokenizes in a batch as it does alone.
func checkBatch(t *testing.T, surfaces []string) {
	t.Helper()
	got := batchTokens(surfaces)
	for i, s := range surfaces {
		if diff := cmp.Diff(viewOf(tokenize.Tokenize(s)), got[i]); diff != "" {
			t.Errorf("batch tokens of %q mismatch (-alone +batch):\n%s", s, diff)
		}
	}
}

func TestBatchTokens(t *testing.T) {
	tests := []struct {
		name     string
		surfaces []string
	}{
		{"skill symbols", []string{"C#", "C++", ".NET", "Node.js", "CI/CD", "R&D", "TCP/IP", "A/B", "Objective-C"}},
		{"edges of a line", []string{"a.", ".b", "x/", "/Y", "AB/", "c#", "-d", "e-", "f&", "'g", "h'"}},
		{"links", []string{"www.x.org", "x@y.com", "https://a.b/c", "see:", "a@b"}},
		{"empty and blank", []string{"", " ", "\t", "Go", ""}},
		{"line breaks inside", []string{"front\nend", "Go", "a\n\nb", "Rust"}},
		{"non-ASCII", []string{"Café", "ÉCOLE", "naïve", "Straße", "\u00a0x\u2028y"}},
		{"non-ASCII punctuation", []string{"0", "\xe8", "A", "Ⓐ", "Ⅻ", "x Ⓑ", "Go"}},
		{"punctuation", []string{"(x)", "a, b", "•", "C# / F#", "x...", "1.2.3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkBatch(t, tt.surfaces) })
	}
}

// TestBatchTokensDefault checks every string Compile tokenizes in the
// embedded dictionary.
func TestBatchTokensDefault(t *testing.T) {
	d, err := keywords.Default()
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for i := range d.Terms {
		termLines(&d.Terms[i], func(s string) { all = append(all, s) })
	}
	checkBatch(t, all)
}

func FuzzBatchTokens(f *testing.F) {
	f.Add("C#", "Node.js", "CI/CD")
	f.Add("a.", "/B", "x@y.z")
	f.Add("front\nend", "", "R&D")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		checkBatch(t, []string{a, b, c})
	})
}

// BenchmarkLoadAndCompile is the cold start of a match process: decode
// the embedded dictionary (uncached) and compile it.
func BenchmarkLoadAndCompile(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d, err := keywords.LoadDefault()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Compile(d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDefaultShared pins that Default compiles once: every caller gets the
// same read-only Matcher.
func TestDefaultShared(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Default()
	if a != b {
		t.Fatal("Default compiled twice")
	}
}
