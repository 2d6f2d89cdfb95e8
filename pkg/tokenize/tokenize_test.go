package tokenize

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tk is a compact view of a token for table tests.
type tk struct {
	Text string
	Kind Kind
}

func view(toks []Token) []tk {
	out := make([]tk, len(toks))
	for i, t := range toks {
		out[i] = tk{t.Text, t.Kind}
	}
	return out
}

func TestTokenizeShapes(t *testing.T) {
	W, N, P := Word, Number, Punct
	tests := []struct {
		name string
		in   string
		want []tk
	}{
		{"symbols kept", "C#, F# and C++", []tk{{"C#", W}, {",", P}, {"F#", W}, {"and", W}, {"C++", W}}},
		{"dotted names", ".NET, ASP.NET Core; Node.js.", []tk{{".NET", W}, {",", P}, {"ASP.NET", W}, {"Core", W}, {";", P}, {"Node.js", W}, {".", P}}},
		{"trailing period", "I like Python.", []tk{{"I", W}, {"like", W}, {"Python", W}, {".", P}}},
		{"slash acronyms", "CI/CD TCP/IP A/B", []tk{{"CI/CD", W}, {"TCP/IP", W}, {"A/B", W}}},
		{"slash between words", "Swift/Objective-C and/or", []tk{{"Swift", W}, {"/", P}, {"Objective-C", W}, {"and", W}, {"/", P}, {"or", W}}},
		{"ampersand", "R&D and AT&T", []tk{{"R&D", W}, {"and", W}, {"AT&T", W}}},
		{"hyphen", "Object-Oriented e-mail UTF-8 C-level", []tk{{"Object-Oriented", W}, {"e-mail", W}, {"UTF-8", W}, {"C-level", W}}},
		{"numbers", "Python3 Python 3.12 in 2024, 5+ years", []tk{{"Python3", W}, {"Python", W}, {"3.12", N}, {"in", W}, {"2024", N}, {",", P}, {"5", N}, {"+", P}, {"years", W}}},
		{"alnum", "k8s S3 EC2 Win32 3D", []tk{{"k8s", W}, {"S3", W}, {"EC2", W}, {"Win32", W}, {"3D", W}}},
		{"links", "see https://go.dev/doc, or me@x.org.", []tk{{"see", W}, {"https://go.dev/doc", W}, {",", P}, {"or", W}, {"me@x.org", W}, {".", P}}},
		{"bullets and pipes", "• Go | Rust (Tokio)", []tk{{"•", P}, {"Go", W}, {"|", P}, {"Rust", W}, {"(", P}, {"Tokio", W}, {")", P}}},
		{"apostrophe", "don't 'quoted'", []tk{{"don't", W}, {"'", P}, {"quoted", W}, {"'", P}}},
		{"unicode", "Café naïve €5", []tk{{"Café", W}, {"naïve", W}, {"€", P}, {"5", N}}},
		{"empty", "", []tk{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := view(Tokenize(tt.in))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestTokenizeNormAndLines(t *testing.T) {
	in := "Go\nNode.JS ÉCOLE\n\nrust"
	type pos struct {
		Norm       string
		Start, End int
		Line       int
	}
	want := []pos{{"go", 0, 2, 1}, {"node.js", 3, 10, 2}, {"école", 11, 17, 2}, {"rust", 19, 23, 4}}
	var got []pos
	for _, t := range Tokenize(in) {
		got = append(got, pos{t.Norm, t.Start, t.End, t.Line})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", in, diff)
	}
}

// checkInvariants is shared by the fuzz target and the fixture test.
func checkInvariants(t *testing.T, text string) {
	t.Helper()
	prevEnd, prevLine := 0, 1
	for i, tok := range Tokenize(text) {
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d %q: bad offsets [%d,%d) after %d (len %d)", i, tok.Text, tok.Start, tok.End, prevEnd, len(text))
		}
		if text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d: text[%d:%d]=%q, Text=%q", i, tok.Start, tok.End, text[tok.Start:tok.End], tok.Text)
		}
		if want := 1 + strings.Count(text[:tok.Start], "\n"); tok.Line != want || tok.Line < prevLine {
			t.Fatalf("token %d %q: line %d, want %d", i, tok.Text, tok.Line, want)
		}
		if strings.ContainsAny(tok.Text, " \n") {
			t.Fatalf("token %d %q contains a space", i, tok.Text)
		}
		prevEnd, prevLine = tok.End, tok.Line
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "C#, C++ .NET Node.js CI/CD R&D", "a\nb\n\nc.", "\xff\xfe.N", ".", "x/", "/Y", "A/B/C/D", "C+++", "https://", "@.", "a'b'", "é\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkInvariants(t, s) })
}

func TestResumeFixtureInvariants(t *testing.T) {
	b, err := os.ReadFile("testdata/resume.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, string(b))
}

func BenchmarkTokenizeResume(b *testing.B) {
	data, err := os.ReadFile("testdata/resume.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text)
	}
}
